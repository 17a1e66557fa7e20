package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.NotFound;

/**
 * A person's own choice of whether to be e-mailed when something waits for them. It is theirs
 * alone, in every scheme of the registration; the address comes from the platform's launches and is
 * never shown or changed here.
 */
@ApplicationScoped
@Transactional
public class MailChoiceService {
  @Inject PersonRepository people;

  /**
   * What the person's page shows: whether the platform sent an address, and whether they want the
   * e-mails.
   */
  public record MailChoice(boolean hasAddress, boolean wantsMail) {}

  public MailChoice mine(Actor actor) {
    Person p = me(actor);
    return new MailChoice(p.email() != null, !p.mailOptedOut());
  }

  public MailChoice choose(Actor actor, boolean wanted) {
    Person p = me(actor);
    p.chooseMail(wanted);
    return new MailChoice(p.email() != null, wanted);
  }

  private Person me(Actor actor) {
    return people.find(actor.person()).orElseThrow(() -> new NotFound("You"));
  }
}
