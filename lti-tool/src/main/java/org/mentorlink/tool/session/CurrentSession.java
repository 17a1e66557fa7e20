package org.mentorlink.tool.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.bridge.ToolRoles;
import org.mentorlink.tool.lti.LtiException;

/**
 * The session of the current request, looked up once from the {@code mentorlink_session} cookie
 * when first asked for (requests that need no session cost no query).
 */
@RequestScoped
public class CurrentSession {
  @Inject Sessions sessions;

  private String cookieSecret;
  private Optional<WebSession> session;

  void cookie(String secret) {
    this.cookieSecret = secret;
    this.session = null;
  }

  /** The live session, if the browser holds one. */
  public Optional<WebSession> get() {
    if (session == null) {
      session = cookieSecret == null ? Optional.empty() : sessions.find(cookieSecret);
    }
    return session;
  }

  /** The live session, or a 401 {@code NOT_AUTHENTICATED}. */
  public WebSession require() {
    return get()
        .orElseThrow(
            () ->
                new LtiException(
                    401,
                    "NOT_AUTHENTICATED",
                    "Your Mentorlink session has ended or was never started. Please open"
                        + " Mentorlink again from your course."));
  }

  /** The actor of the live session (or 401). */
  public Actor actor() {
    WebSession s = require();
    return new Actor(
        new PersonRef(new TenantId(s.tenantId()), s.personId()), ToolRoles.from(s.platformRoles()));
  }
}
