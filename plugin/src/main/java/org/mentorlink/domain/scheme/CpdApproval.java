package org.mentorlink.domain.scheme;

/** Whether an educator approves CPD entries before they count, or they count once reflected on. */
public enum CpdApproval {
  MANUAL,
  AUTOMATIC
}
