package org.mentorlink.tool.lti.launch;

import java.util.Map;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.launch.LaunchStores.IssuedLogin;
import org.mentorlink.tool.lti.launch.LaunchStores.LoginStateStore;
import org.mentorlink.tool.lti.login.StateCookie;

/**
 * Step 1, state — SF §7.3.1 (OIDC state): issued by us, unexpired, used once (spent now, whatever
 * happens next), and bound to this browser by the cookie the login set — or, when the login's
 * platform offered storage (LTI Client Side postMessages) and the cookie did not come back, by the
 * same secret read back from the platform's storage by the tool's own launch page.
 *
 * <p>A browser that sent no state cookie at all (its cookies are blocked in the platform's frame)
 * and no stored secret goes on unbound, to the new-window hand-off. A browser that holds a state
 * cookie of ours, but not this state's, is refused: it has a login of its own in flight, so this
 * state was begun in another browser — finishing it here would sign this browser in as someone else
 * (login CSRF). A stored secret counts only for a login that stored one, only when it is posted
 * from the tool's own origin (a page elsewhere could post a secret it got from a login of its own,
 * but cannot send the tool's {@code Origin}), and only if it is the login's: anything else is
 * refused, never handed off.
 */
final class StateStep implements LaunchStep {
  static final int MAX_STATE_LENGTH = 200;
  static final int MAX_SECRET_LENGTH = 200;

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
    LaunchRequest request = launch.request();
    String state = request.state();
    if (state == null || state.isBlank() || state.length() > MAX_STATE_LENGTH) {
      throw LaunchError.STATE_MISSING.refused();
    }
    IssuedLogin login = logins.spend(state).orElseThrow(LaunchError.STATE_UNKNOWN::refused);
    Map<String, String> cookies = request.cookies();
    String browserSecret = cookies.get(StateCookie.nameFor(state));
    if (browserSecret != null) {
      requireLoginsSecret(browserSecret, login);
      launch.loginFound(login, BrowserBinding.COOKIE);
    } else if (cookies.keySet().stream().anyMatch(StateCookie::isStateCookie)) {
      throw LaunchError.STATE_NOT_BOUND.refused(
          "This launch was started in another browser than the one that began it.");
    } else if (request.storageSecret() != null) {
      if (!login.offeredPlatformStorage()
          || !request.toolOrigin().equals(request.postOrigin())
          || request.storageSecret().length() > MAX_SECRET_LENGTH
          || !matches(request.storageSecret(), login)) {
        throw LaunchError.STATE_NOT_BOUND.refused(
            "Your course's page did not confirm that this browser began this launch.");
      }
      launch.loginFound(login, BrowserBinding.PLATFORM_STORAGE);
    } else {
      launch.loginFound(login, BrowserBinding.NONE);
    }
  }

  private static void requireLoginsSecret(String secret, IssuedLogin login) {
    if (!matches(secret, login)) {
      throw LaunchError.STATE_NOT_BOUND.refused();
    }
  }

  private static boolean matches(String secret, IssuedLogin login) {
    return Secrets.constantTimeEquals(Secrets.sha256(secret), login.browserHash());
  }
}
