package org.mentorlink.tool.lti.registration;

/**
 * What an LTI 1.1 (legacy) registration gives: the OAuth consumer key and shared secret the
 * platform signs its launches with, the platform's site URL (the origin allowed to frame the tool)
 * and, optionally, its name.
 */
public record Lti11Input(
    String consumerKey, String sharedSecret, String platformUrl, String platformName) {
  @Override
  public String toString() {
    return "Lti11Input[consumerKey=" + consumerKey + ", platformUrl=" + platformUrl + "]";
  }
}
