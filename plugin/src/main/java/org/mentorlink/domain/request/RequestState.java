package org.mentorlink.domain.request;

/** Where a request is: submitted → accepted for matching → matched; or signposted; or withdrawn. */
public enum RequestState {
  SUBMITTED,
  ACCEPTED,
  MATCHED,
  SIGNPOSTED,
  WITHDRAWN;

  /** True while the request still waits for something to happen. */
  public boolean open() {
    return this == SUBMITTED || this == ACCEPTED;
  }
}
