package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.lti.launch.LaunchRecords;
import org.mentorlink.tool.lti.launch.PlatformContext;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;
import org.mentorlink.tool.session.WebSession;

/** Who the session's person is, in this course: for the landing page and {@code /api/me}. */
@ApplicationScoped
public class Me {
  @Inject PersonRepository people;
  @Inject LaunchRecords records;
  @Inject Registrations registrations;

  /** The view of one session's person. */
  public record View(
      String name,
      boolean named,
      List<String> roles,
      List<String> toolRoles,
      List<String> roleNames,
      String contextId,
      String contextTitle,
      String contextLabel,
      String issuer,
      String clientId) {}

  @Transactional
  public View of(WebSession s) {
    TenantId tenant = new TenantId(s.tenantId());
    Person person = people.find(new PersonRef(tenant, s.personId())).orElseThrow();
    PlatformContext context = records.findContext(s.tenantId(), s.contextRef()).orElse(null);
    Registration registration = registrations.find(s.tenantId()).orElseThrow();
    List<LaunchRole> roles = s.toolRoles().stream().sorted().toList();
    return new View(
        person.hasName() ? person.displayName() : null,
        person.hasName(),
        s.platformRoles(),
        roles.stream().map(ToolRoles::apiName).toList(),
        roles.stream().map(ToolRoles::displayName).toList(),
        context == null ? null : context.contextId(),
        context == null ? null : context.title(),
        context == null ? null : context.label(),
        registration.issuer(),
        registration.clientId());
  }
}
