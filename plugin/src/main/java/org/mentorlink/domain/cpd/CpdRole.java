package org.mentorlink.domain.cpd;

/** Whose learning an entry records: the mentee's or the mentor's. */
public enum CpdRole {
  MENTEE,
  MENTOR
}
