package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.mentorlink.domain.cpd.CpdCreditChanged;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.tool.lti.services.AgsLink;
import org.mentorlink.tool.lti.services.Outbox;
import org.mentorlink.tool.lti.services.OutboxScore;

/**
 * Writes a score to the AGS outbox in the very transaction that changed a person's approved credit,
 * when the person's launches in the course offered a line-items service. Nothing is sent here:
 * {@link PassbackWorker} sends it.
 */
@ApplicationScoped
public class PassbackEnqueuer {
  @Inject Outbox outbox;
  @Inject PersonRepository people;
  @Inject SchemeRepository schemes;

  void onCreditChanged(@Observes CpdCreditChanged e) {
    String tenant = e.tenant().value();
    Optional<AgsLink> link = outbox.link(tenant, e.person().personId(), e.courseRef());
    Optional<Person> person = people.find(e.person());
    if (link.isEmpty() || person.isEmpty()) {
      return; // never launched with AGS in this course: nothing to send to
    }
    boolean learner =
        schemes
            .member(e.tenant(), e.courseRef(), e.person().personId())
            .map(m -> m.launchRoles().contains(LaunchRole.LEARNER))
            .orElse(false);
    if (!learner) {
      return; // only learners are gradable (Moodle answers 400 for teachers): nothing to send
    }
    String lineKey = Outbox.lineKey(tenant, link.get().lineItemsUrl(), e.year().start());
    // The score clock row is locked first; the credit is read after, so it includes every change
    // committed by a concurrent approval or reversal for this person that held the lock before.
    long ts = outbox.nextTimestamp(tenant, lineKey, e.person().personId(), e.at().toEpochMilli());
    CpdHours credit = e.credit().now();
    boolean done = credit.hours().compareTo(BigDecimal.valueOf(e.yearlyTarget())) >= 0;
    outbox.add(
        new OutboxScore(
            tenant,
            e.schemeId(),
            e.courseRef(),
            e.person().personId(),
            person.get().subject(),
            link.get(),
            lineKey,
            e.year().label(),
            e.year().start(),
            credit.hours().stripTrailingZeros().toPlainString(),
            e.yearlyTarget(),
            done ? "Completed" : "InProgress",
            ts,
            e.at()));
  }
}
