package org.mentorlink.domain.cpd;

/** The appraisal categories: internal, external or personal learning. */
public enum CpdKind {
  INTERNAL,
  EXTERNAL,
  PERSONAL
}
