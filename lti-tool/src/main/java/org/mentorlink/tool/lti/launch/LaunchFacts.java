package org.mentorlink.tool.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.mentorlink.tool.lti.launch.LaunchStores.IssuedLogin;
import org.mentorlink.tool.lti.launch.LaunchStores.PlatformRegistration;

/**
 * One launch while the pipeline checks it: what each step has established so far. A step reads only
 * what an earlier step set; reading anything earlier steps have not established is a programming
 * error (the pipeline's order is wrong), not a refusal.
 */
final class LaunchFacts {
  private final LaunchRequest request;
  private IssuedLogin login;
  private BrowserBinding binding;
  private SignedJWT token;
  private JWTClaimsSet claims;
  private PlatformRegistration registration;
  private String deploymentId;
  private boolean newDeployment;
  private String messageType;
  private boolean migrationChecked;
  private String lti11UserId;
  private LaunchMessage message;

  LaunchFacts(LaunchRequest request) {
    this.request = request;
  }

  LaunchRequest request() {
    return request;
  }

  /**
   * The state step: the login the state belonged to (now spent), and how it is bound to this
   * browser.
   */
  void loginFound(IssuedLogin login, BrowserBinding binding) {
    this.login = login;
    this.binding = java.util.Objects.requireNonNull(binding, "binding");
  }

  IssuedLogin login() {
    return established(login, "state");
  }

  BrowserBinding binding() {
    established(login, "state");
    return binding;
  }

  /** The format step: a signed JWT with a claims set (nothing in it trusted yet). */
  void parsed(SignedJWT token, JWTClaimsSet claims) {
    this.token = token;
    this.claims = claims;
  }

  SignedJWT token() {
    return established(token, "format");
  }

  JWTClaimsSet claims() {
    return established(claims, "format");
  }

  /** The registration step: the registration the token came through. */
  void registrationFound(PlatformRegistration registration) {
    this.registration = registration;
  }

  PlatformRegistration registration() {
    return established(registration, "registration");
  }

  /** The deployment step: a deployment known to the registration, or new and accepted by it. */
  void deploymentFound(String deploymentId, boolean isNew) {
    this.deploymentId = deploymentId;
    this.newDeployment = isNew;
  }

  String deploymentId() {
    return established(deploymentId, "deployment");
  }

  boolean newDeployment() {
    established(deploymentId, "deployment");
    return newDeployment;
  }

  /** The message-type step. */
  void messageTypeFound(String messageType) {
    this.messageType = messageType;
  }

  String messageType() {
    return established(messageType, "message type");
  }

  /**
   * The LTI 1.1 migration step: the LTI 1.1 user_id the platform vouched for with the shared
   * secret, or null (none, or not vouched for).
   */
  void lti11UserVouchedFor(String userId) {
    this.migrationChecked = true;
    this.lti11UserId = userId;
  }

  /** The vouched-for LTI 1.1 user_id (null when none). */
  String lti11UserId() {
    if (!migrationChecked) {
      throw new IllegalStateException("the lti1p1 migration step has not run");
    }
    return lti11UserId;
  }

  /** The claims step: the launch as the rest of the tool sees it. */
  void accepted(LaunchMessage message) {
    this.message = message;
  }

  LaunchMessage message() {
    return established(message, "claims");
  }

  private static <T> T established(T value, String step) {
    if (value == null) {
      throw new IllegalStateException("the " + step + " step has not run");
    }
    return value;
  }
}
