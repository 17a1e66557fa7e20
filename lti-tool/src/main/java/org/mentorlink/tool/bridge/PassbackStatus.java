package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.mentorlink.domain.app.CpdService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Paging;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.tool.lti.services.Outbox;
import org.mentorlink.tool.lti.services.OutboxScore;

/**
 * What a scheme's coordinators see of gradebook passback: each score as sent, pending or failed
 * (with the reason) — names, years and numbers only, never a reflection.
 */
@ApplicationScoped
public class PassbackStatus {
  @Inject CpdService cpd;
  @Inject Outbox outbox;
  @Inject PersonRepository people;

  /** One score passed back (or to be) to the platform's gradebook. */
  public record Item(
      String id,
      Views.PersonView person,
      String year,
      String score,
      int scoreMaximum,
      String state,
      int attempts,
      String lastError,
      Instant queuedAt,
      Instant sentAt) {}

  /** The scheme's scores, newest first, for its coordinators (403 otherwise). */
  @Transactional
  public Views.Page<Item> page(Actor actor, String courseRef, int page, int size) {
    SchemeRef s = cpd.coordinatedScheme(actor, courseRef);
    Paging paging = new Paging(page, size);
    int p = paging.page();
    int n = paging.size();
    String tenant = s.tenant().value();
    List<Item> items =
        outbox.forScheme(tenant, s.schemeId(), paging.offset(), n).stream()
            .map(
                o ->
                    new Item(
                        o.id(),
                        new Views.PersonView(
                            o.personId(),
                            people
                                .find(new PersonRef(s.tenant(), o.personId()))
                                .map(Person::displayName)
                                .orElse(null)),
                        o.yearLabel(),
                        o.scoreGiven(),
                        o.scoreMaximum(),
                        o.state() == OutboxScore.State.SENDING
                            ? OutboxScore.State.PENDING.name()
                            : o.state().name(),
                        o.attempts(),
                        o.lastError(),
                        o.createdAt(),
                        o.sentAt()))
            .toList();
    return new Views.Page<>(items, p, n, outbox.countForScheme(tenant, s.schemeId()));
  }
}
