package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.infrastructure.crypto.KeyRing;
import org.mentorlink.tool.infrastructure.web.Cookies;
import org.mentorlink.tool.lti.launch.BrowserBinding;
import org.mentorlink.tool.lti.launch.LaunchError;
import org.mentorlink.tool.lti.launch.LaunchHandler;
import org.mentorlink.tool.lti.launch.LaunchMessage;
import org.mentorlink.tool.lti.launch.LaunchRecords;
import org.mentorlink.tool.lti.launch.PlatformContext;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;
import org.mentorlink.tool.lti.services.Outbox;
import org.mentorlink.tool.session.CurrentSession;
import org.mentorlink.tool.session.Sessions;

/**
 * Turns a validated launch (LTI 1.3 or 1.1) into the tool's records in one transaction, written
 * only now that every step of the validation has passed: a deployment first seen in this launch
 * (when the registration accepts new ones), the person ({@link LaunchIdentities}: found, moved from
 * LTI 1.1 or created, and refreshed with the name and email sent, which may be none), the course
 * and link, and the launch in the browser's session (a new session unless the browser already has
 * one of the same person) — or, when the browser's cookie was blocked, a pending session and a
 * hand-off code for a new window. The tool roles the launch's roles map to are stored with the
 * launch, so every later request of that launch acts with exactly them.
 */
@ApplicationScoped
public class LaunchBridge implements LaunchHandler {
  /** Where a launch bound by platform storage checks that its session cookie came back. */
  static final String CHECK_PATH = "/lti/check";

  @Inject PersonRepository people;
  @Inject LaunchIdentities identities;
  @Inject KeyRing keyRing;
  @Inject LaunchRecords records;
  @Inject Sessions sessions;
  @Inject Registrations registrations;
  @Inject Clock clock;
  @Inject SchemeService schemes;
  @Inject Outbox ags;
  @Inject org.mentorlink.domain.scheme.SchemeRepository schemeRecords;

  @Override
  @Transactional
  public Outcome accept(LaunchMessage m, Map<String, String> cookies) {
    // A placed link names its page by a custom parameter the platform's teacher can edit: only
    // the pages Mentorlink places are accepted, checked before anything is written.
    Placement placement =
        m.resourceLink() == null
            ? Placement.MENTORING
            : Placement.fromParameter(m.resourceLink().placement())
                .orElseThrow(LaunchError.PLACEMENT_UNKNOWN::refused);
    Instant now = clock.instant();
    if (m.newDeployment()) {
      registrations.recordDeployment(m.registrationId(), m.deploymentId());
    }
    TenantId tenant = new TenantId(m.registrationId());
    // The person's e-mail address is sealed with the registration's own data key (the request's
    // scope is cleared when it ends).
    keyRing.useTenant(m.registrationId());
    LaunchIdentities.Identified identified = identities.of(m, now);
    Person person = identified.person();
    boolean newPerson = identified.isNew();
    PlatformContext context =
        m.context() == null
            ? null
            : records.context(
                m.registrationId(),
                m.context(),
                m.services() == null ? null : m.services().membershipsUrl(),
                now);
    String contextRef = context == null ? null : context.id();
    String linkRef =
        m.resourceLink() == null
            ? null
            : records
                .link(
                    m.registrationId(),
                    m.resourceLink(),
                    contextRef,
                    m.resourceLink().placement() == null ? null : placement.key(),
                    now)
                .id();
    if (contextRef != null
        && m.services() != null
        && m.services().lineItemsUrl() != null
        && !m.services().lineItemsUrl().isBlank()) {
      ags.recordLink(
          m.registrationId(),
          person.ref().personId(),
          contextRef,
          m.services().lineItemsUrl(),
          m.services().agsScopes(),
          now,
          newPerson);
    }
    Set<LaunchRole> roles = ToolRoles.from(m.roles());
    // A person created by this launch has no membership nor gradebook link to look up.
    schemes.recordLaunch(new Actor(person.ref(), roles), contextRef, newPerson);
    Registration registration = registrations.find(m.registrationId()).orElseThrow();
    Sessions.NewSession s =
        new Sessions.NewSession(
            m.registrationId(),
            person.ref().personId(),
            contextRef,
            linkRef,
            m.deploymentId(),
            m.roles(),
            roles,
            List.copyOf(registration.frameOrigins()),
            m.isDeepLinking() ? m.deepLinking().returnUrl() : null,
            m.isDeepLinking() ? m.deepLinking().data() : null);
    if (!m.boundToBrowser()) {
      String code = sessions.startPending(s);
      return new Outcome(
          false,
          null,
          "/lti/continue?code=" + code,
          person.hasName() ? person.displayName() : null);
    }
    if (m.binding() == BrowserBinding.PLATFORM_STORAGE) {
      // Bound by the platform's storage, not by a cookie: the session cookie may not come back
      // either, so the launch goes first to a check that offers the new window if it did not.
      Sessions.Checked checked = sessions.startChecked(cookies.get(Sessions.COOKIE), s);
      return new Outcome(
          true, cookieFor(checked.started()), CHECK_PATH + "?code=" + checked.code(), null);
    }
    Sessions.Started started = sessions.start(cookies.get(Sessions.COOKIE), s);
    return bound(
        started, m.isDeepLinking() ? "/app/deep-link" : landing(placement, tenant, contextRef));
  }

  @Override
  @Transactional
  public Optional<Outcome> checkSessionCookie(String code, Map<String, String> cookies) {
    String cookie = cookies.get(Sessions.COOKIE);
    return sessions
        .checkCookie(code, cookie)
        .map(
            c ->
                c.cookieArrived()
                    ? bound(
                        new Sessions.Started(null, c.handle()),
                        landingOf(new Sessions.Started(cookie, c.handle())))
                    : new Outcome(
                        false,
                        null,
                        "/lti/continue?code=" + code,
                        people
                            .find(new PersonRef(new TenantId(c.tenantId()), c.personId()))
                            .filter(Person::hasName)
                            .map(Person::displayName)
                            .orElse(null)));
  }

  @Override
  public Optional<String> landingOfLiveSession(Map<String, String> cookies) {
    return sessions.isLive(cookies.get(Sessions.COOKIE)) ? Optional.of("/app") : Optional.empty();
  }

  @Override
  public Optional<Outcome> pending(String code) {
    return sessions
        .pending(code)
        .map(
            s -> {
              String name =
                  people
                      .find(new PersonRef(new TenantId(s.tenantId()), s.personId()))
                      .filter(Person::hasName)
                      .map(Person::displayName)
                      .orElse(null);
              return new Outcome(false, null, "/lti/continue?code=" + code, name);
            });
  }

  @Override
  public Optional<Outcome> redeem(String code) {
    return sessions.redeem(code).map(started -> bound(started, landingOf(started)));
  }

  /** The placement's page; the hub (which offers the set-up) while the course has no scheme. */
  private String landing(Placement placement, TenantId tenant, String contextRef) {
    if (placement == Placement.MENTORING
        || contextRef == null
        || schemeRecords.forCourse(tenant, contextRef).isEmpty()) {
      return Placement.MENTORING.path();
    }
    return placement.path();
  }

  /** The page of the launch's placed link (the hub for a link without a placement). */
  private String landingOf(Sessions.Started started) {
    return sessions
        .find(started.secret(), started.handle())
        .flatMap(
            s ->
                s.deepLinkReturn() != null
                    ? Optional.of("/app/deep-link")
                    : records
                        .findLink(s.tenantId(), s.resourceLinkRef())
                        .flatMap(l -> Placement.fromParameter(l.placement()))
                        .map(p -> landing(p, new TenantId(s.tenantId()), s.contextRef())))
        .orElse("/app");
  }

  private static Outcome bound(Sessions.Started started, String page) {
    return new Outcome(
        true,
        cookieFor(started),
        page + "?" + CurrentSession.LAUNCH_PARAM + "=" + started.handle(),
        null);
  }

  /** The session cookie to set, or null when the browser keeps the one it has. */
  private static String cookieFor(Sessions.Started started) {
    return started.secret() == null
        ? null
        : Cookies.set(Sessions.COOKIE, started.secret(), "/", -1);
  }
}
