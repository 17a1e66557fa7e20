package org.mentorlink.tool.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.infrastructure.crypto.KeyRing;
import org.mentorlink.tool.infrastructure.db.DatabaseFaults;
import org.mentorlink.tool.infrastructure.web.HttpProblem;
import org.mentorlink.tool.infrastructure.web.LaunchLinks;

/**
 * The session and launch of the current request, looked up once from the {@code mentorlink_session}
 * cookie and the launch handle the page sent (requests that need no session cost no query). Without
 * a handle the browser's latest launch is meant; a handle that is not one of this browser's
 * launches is refused, so a tab never switches course behind its user's back.
 */
@RequestScoped
public class CurrentSession {
  /** The query parameter (and header, for the API) that names the launch a page belongs to. */
  public static final String LAUNCH_PARAM = LaunchLinks.PARAM;

  public static final String LAUNCH_HEADER = "X-Mentorlink-Launch";

  @Inject Sessions sessions;
  @Inject KeyRing keyRing;

  private String cookieSecret;
  private String handle;
  private Optional<WebSession> session;

  void identify(String secret, String launchHandle) {
    this.cookieSecret = secret;
    this.handle = launchHandle == null || launchHandle.isBlank() ? null : launchHandle.strip();
    this.session = null;
  }

  /** The live session's launch, if the browser holds one and the handle (if any) is its own. */
  public Optional<WebSession> get() {
    if (session == null) {
      if (cookieSecret == null) {
        session = Optional.empty();
      } else if (handle != null && !Sessions.plausibleHandle(handle)) {
        session = Optional.empty();
      } else {
        try {
          session = sessions.find(cookieSecret, handle);
          // What this request writes is sealed with its registration's data key.
          session.ifPresent(s -> keyRing.useTenant(s.tenantId()));
        } catch (RuntimeException e) {
          // Looked up in the CSRF filter, before any resource: a database fault is a 503 here too.
          throw DatabaseFaults.translate(e);
        }
      }
    }
    return session;
  }

  /**
   * The live session's launch, or a 401: {@code NOT_AUTHENTICATED} without a live session, {@code
   * LAUNCH_NOT_IN_SESSION} when the page belongs to a launch this browser's session does not hold
   * (an older session, or someone else's).
   */
  public WebSession require() {
    Optional<WebSession> s = get();
    if (s.isPresent()) {
      return s.get();
    }
    if (handle != null && sessions.isLive(cookieSecret)) {
      throw new HttpProblem(
          401,
          "LAUNCH_NOT_IN_SESSION",
          "This page belongs to another Mentorlink launch than the one this browser is signed in"
              + " with. Please open Mentorlink again from your course.");
    }
    throw new HttpProblem(
        401,
        "NOT_AUTHENTICATED",
        "Your Mentorlink session has ended or was never started. Please open Mentorlink again"
            + " from your course.");
  }

  /** The actor of the live launch (or 401): the person, with this launch's roles. */
  public Actor actor() {
    WebSession s = require();
    return new Actor(new PersonRef(new TenantId(s.tenantId()), s.personId()), s.toolRoles());
  }

  /** The course (the LTI context's row id) of the live launch; null for a launch without one. */
  public String course() {
    return require().contextRef();
  }

  /** The launch handle of the live launch (or 401). */
  public String launchHandle() {
    return require().launchHandle();
  }
}
