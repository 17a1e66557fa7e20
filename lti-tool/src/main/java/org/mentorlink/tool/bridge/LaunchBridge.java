package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.lti.launch.LaunchHandler;
import org.mentorlink.tool.lti.launch.LaunchMessage;
import org.mentorlink.tool.lti.launch.LaunchRecords;
import org.mentorlink.tool.lti.launch.PlatformContext;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;
import org.mentorlink.tool.lti.services.Outbox;
import org.mentorlink.tool.session.Sessions;

/**
 * Turns a validated launch into the tool's records in one transaction, written only now that every
 * step of the validation has passed: a deployment first seen in this launch (when the registration
 * accepts new ones), the person (created or refreshed with the name and email sent, which may be
 * none), the course and link, and a new browser session — or, when the browser's cookie was
 * blocked, a pending session and a hand-off code for a new window.
 */
@ApplicationScoped
public class LaunchBridge implements LaunchHandler {
  @Inject PersonRepository people;
  @Inject LaunchRecords records;
  @Inject Sessions sessions;
  @Inject Registrations registrations;
  @Inject Clock clock;
  @Inject SchemeService schemes;
  @Inject Outbox ags;

  @Override
  @Transactional
  public Outcome accept(LaunchMessage m) {
    Instant now = clock.instant();
    if (m.newDeployment()) {
      registrations.recordDeployment(m.registrationId(), m.deploymentId());
    }
    TenantId tenant = new TenantId(m.registrationId());
    Person person =
        people
            .findBySubject(tenant, m.subject())
            .map(
                p -> {
                  p.seenAgain(m.name(), m.email(), now);
                  return p;
                })
            .orElseGet(
                () -> {
                  Person p = new Person(tenant, m.subject(), m.name(), m.email(), now);
                  people.add(p);
                  return p;
                });
    PlatformContext context =
        m.context() == null ? null : records.context(m.registrationId(), m.context(), now);
    String contextRef = context == null ? null : context.id();
    String linkRef =
        m.resourceLink() == null
            ? null
            : records.link(m.registrationId(), m.resourceLink(), contextRef, now).id();
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
          now);
    }
    schemes.recordLaunch(new Actor(person.ref(), ToolRoles.from(m.roles())), contextRef);
    Registration registration = registrations.find(m.registrationId()).orElseThrow();
    Sessions.NewSession s =
        new Sessions.NewSession(
            m.registrationId(),
            person.ref().personId(),
            contextRef,
            linkRef,
            m.deploymentId(),
            m.roles(),
            List.copyOf(registration.frameOrigins()),
            m.isDeepLinking() ? m.deepLinking().returnUrl() : null,
            m.isDeepLinking() ? m.deepLinking().data() : null);
    return m.boundToBrowser()
        ? new Outcome(true, sessions.start(s))
        : new Outcome(false, sessions.startPending(s));
  }
}
