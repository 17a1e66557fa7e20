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
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.infrastructure.crypto.KeyRing;
import org.mentorlink.tool.infrastructure.web.Cookies;
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
 * Turns a validated launch into the tool's records in one transaction, written only now that every
 * step of the validation has passed: a deployment first seen in this launch (when the registration
 * accepts new ones), the person (created or refreshed with the name and email sent, which may be
 * none), the course and link, and the launch in the browser's session (a new session unless the
 * browser already has one of the same person) — or, when the browser's cookie was blocked, a
 * pending session and a hand-off code for a new window. The tool roles the launch's roles map to
 * are stored with the launch, so every later request of that launch acts with exactly them.
 */
@ApplicationScoped
public class LaunchBridge implements LaunchHandler {
  @Inject PersonRepository people;
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
    Person known = people.findBySubject(tenant, m.subject()).orElse(null);
    boolean newPerson = known == null;
    Person person;
    if (newPerson) {
      person = new Person(tenant, m.subject(), m.name(), m.email(), now);
      people.add(person);
    } else {
      known.seenAgain(m.name(), m.email(), now);
      person = known;
    }
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
    Sessions.Started started = sessions.start(cookies.get(Sessions.COOKIE), s);
    return bound(
        started, m.isDeepLinking() ? "/app/deep-link" : landing(placement, tenant, contextRef));
  }

  @Override
  public Optional<String> landingOfLiveSession(Map<String, String> cookies) {
    return sessions.isLive(cookies.get(Sessions.COOKIE)) ? Optional.of("/app") : Optional.empty();
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
    String cookie =
        started.secret() == null ? null : Cookies.set(Sessions.COOKIE, started.secret(), "/", -1);
    return new Outcome(
        true, cookie, page + "?" + CurrentSession.LAUNCH_PARAM + "=" + started.handle(), null);
  }
}
