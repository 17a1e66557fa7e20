package org.mentorlink.domain.mentor;

/** Where a mentor is with mentor training. */
public enum TrainingStatus {
  TRAINED,
  IN_TRAINING,
  NOT_TRAINED
}
