package org.mentorlink.domain.mentor;

/** The ongoing support a mentor attends: one-to-one supervision, a support group, peer review. */
public enum SupportKind {
  SUPERVISION,
  SUPPORT_GROUP,
  PEER_REVIEW
}
