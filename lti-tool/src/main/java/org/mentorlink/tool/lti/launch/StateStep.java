package org.mentorlink.tool.lti.launch;

import java.util.Map;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.launch.LaunchStores.IssuedLogin;
import org.mentorlink.tool.lti.launch.LaunchStores.LoginStateStore;
import org.mentorlink.tool.lti.login.StateCookie;

/**
 * Step 1, state — SF §7.3.1 (OIDC state): issued by us, unexpired, used once (spent now, whatever
 * happens next), and bound to this browser by the cookie the login set.
 *
 * <p>A browser that sent no state cookie at all (its cookies are blocked in the platform's frame)
 * goes on unbound, to the new-window hand-off. A browser that holds a state cookie of ours, but not
 * this state's, is refused: it has a login of its own in flight, so this state was begun in another
 * browser — finishing it here would sign this browser in as someone else (login CSRF).
 */
final class StateStep implements LaunchStep {
  static final int MAX_STATE_LENGTH = 200;

  private final LoginStateStore logins;

  StateStep(LoginStateStore logins) {
    this.logins = logins;
  }

  @Override
  public String name() {
    return "state";
  }

  @Override
  public void check(LaunchFacts launch) {
    String state = launch.request().state();
    if (state == null || state.isBlank() || state.length() > MAX_STATE_LENGTH) {
      throw LaunchError.STATE_MISSING.refused();
    }
    IssuedLogin login = logins.spend(state).orElseThrow(LaunchError.STATE_UNKNOWN::refused);
    Map<String, String> cookies = launch.request().cookies();
    String browserSecret = cookies.get(StateCookie.nameFor(state));
    if (browserSecret != null) {
      if (!Secrets.constantTimeEquals(Secrets.sha256(browserSecret), login.browserHash())) {
        throw LaunchError.STATE_NOT_BOUND.refused();
      }
      launch.loginFound(login, true);
    } else if (cookies.keySet().stream().anyMatch(StateCookie::isStateCookie)) {
      throw LaunchError.STATE_NOT_BOUND.refused(
          "This launch was started in another browser than the one that began it.");
    } else {
      launch.loginFound(login, false);
    }
  }
}
