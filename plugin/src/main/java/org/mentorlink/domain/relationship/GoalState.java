package org.mentorlink.domain.relationship;

/** A goal is open until achieved or dropped. */
public enum GoalState {
  OPEN,
  ACHIEVED,
  DROPPED
}
