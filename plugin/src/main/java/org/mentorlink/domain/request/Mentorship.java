package org.mentorlink.domain.request;

import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * Mentoring that came of a request, as intake sees it: whose it is, in which scheme, and whether it
 * is still going on. Relationships are mentorships; intake asks no more of them than this (and this
 * package need not know them).
 */
public interface Mentorship {
  SchemeRef scheme();

  PersonRef mentee();

  boolean active();
}
