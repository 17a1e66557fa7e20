package org.mentorlink.domain.mentor;

/** How mentor and mentee meet. */
public enum MeetingMode {
  IN_PERSON,
  VIDEO,
  PHONE
}
