package org.mentorlink.tool.lti.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;

/**
 * The rules of platform storage (1EdTech "LTI Client Side postMessages" and "LTI OIDC Login with
 * LTI Client Side postMessages", v0.1): a platform that offers it names, in the login's {@code
 * lti_storage_target}, the frame that answers {@code lti.put_data} and {@code lti.get_data}. The
 * login page stores the browser's binding secret there (as well as in the state cookie), and the
 * launch page reads it back when the state cookie did not come back, so a login can finish inside
 * the platform's iframe in a browser that refuses the tool's cookies there.
 *
 * <p>Messages go only to that frame, with the origin of the registration's OIDC authentication URL
 * as {@code targetOrigin}, and only answers from exactly that origin are read. One home for the
 * names both pages and the launch share, and the launch's question whether to ask the platform.
 */
@ApplicationScoped
public class PlatformStorage {
  /** The login parameter naming the platform's storage frame. */
  public static final String TARGET_PARAMETER = "lti_storage_target";

  /** The launch page's re-post: the secret the platform returned (absent when it returned none). */
  public static final String SECRET_FIELD = "lti_storage_secret";

  /** The launch page's re-post: marks that platform storage was asked, so it is asked once. */
  public static final String CHECKED_FIELD = "lti_storage_checked";

  /** The frame the tool is framed by itself. */
  public static final String PARENT = "_parent";

  /** The prefix of every key the tool puts in platform storage. */
  public static final String KEY_PREFIX = "mentorlink_state_";

  /**
   * A frame name: letters, digits, {@code _} and {@code -}, up to 64, and not starting with {@code
   * _} — names starting with an underscore are keywords ({@code _top}, {@code _self}, {@code
   * _blank}), not frames (HTML, "valid navigable target name"); {@code _parent} is the one keyword
   * the spec gives a meaning.
   */
  private static final Pattern FRAME_NAME = Pattern.compile("[A-Za-z0-9-][A-Za-z0-9_-]{0,63}");

  @Inject LoginStates states;
  @Inject Registrations registrations;

  /** What the launch page asks: which frame, at which origin, for which key. */
  public record Check(String target, String platformOrigin, String key) {}

  /**
   * The storage target a login offered, if it is one the tool uses: {@code _parent} or a frame
   * name. Anything else (blank, too long, another keyword, other characters) counts as absent: the
   * login goes on as without platform storage.
   */
  public static Optional<String> target(String offered) {
    if (offered == null) {
      return Optional.empty();
    }
    if (PARENT.equals(offered) || FRAME_NAME.matcher(offered).matches()) {
      return Optional.of(offered);
    }
    return Optional.empty();
  }

  /**
   * The key the binding secret of {@code state} is stored under: named, like its cookie, after the
   * first characters of the state, so that logins in flight in one browser do not collide.
   */
  public static String keyFor(String state) {
    return KEY_PREFIX + state.substring(0, Math.min(12, state.length()));
  }

  /**
   * Whether a launch of {@code state} should first read the browser's secret back from the
   * platform's storage: the state is a login in flight (not spent: nothing is spent before the
   * launch page posts again) whose platform offered storage and is still enabled. Nothing here is
   * trusted by the launch itself, which checks the secret against the login when it spends it.
   */
  @Transactional
  public Optional<Check> pendingCheck(String state) {
    if (state == null || state.isBlank() || state.length() > 200) {
      return Optional.empty();
    }
    return states
        .peek(state)
        .filter(login -> login.storageTarget() != null)
        .flatMap(
            login ->
                registrations
                    .find(login.registrationId())
                    .filter(Registration::enabled)
                    .map(r -> Registration.originOf(r.authLoginUrl()))
                    .map(origin -> new Check(login.storageTarget(), origin, keyFor(state))));
  }
}
