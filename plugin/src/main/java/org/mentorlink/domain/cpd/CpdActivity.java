package org.mentorlink.domain.cpd;

/** Where an entry comes from: a signed-off session, or mentor training or supervision. */
public enum CpdActivity {
  SESSION,
  MENTOR_TRAINING,
  SUPERVISION
}
