package org.mentorlink.domain.mentor;

/**
 * The tier of mentor training a mentor last completed: the schemes' introductory workshops, their
 * second tier of continuing training, or a refresher that renews a lapsed or lapsing training.
 */
public enum TrainingTier {
  INTRODUCTORY,
  CONTINUING,
  REFRESHER
}
