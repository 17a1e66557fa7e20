package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.audit.AuditEntry;
import org.mentorlink.domain.cpd.CpdRepository;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchRepository;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.privacy.ErasureCounts;
import org.mentorlink.domain.privacy.PersonErased;
import org.mentorlink.domain.privacy.PersonalData;
import org.mentorlink.domain.privacy.TenantLeaving;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * People's rights over their records: a person's export of everything the tool holds about them;
 * erasure by the scheme's lead (that scheme's records) or by the operator (everything of the person
 * in the registration, and their identity, so that a later launch starts empty); and a
 * registration's leaving (its export, then every record deleted). Reads go through {@link Access};
 * the bulk changes are {@link PersonalData}'s. An erasure leaves counts and documents' verification
 * answers standing (see {@link PersonalData}).
 *
 * <p>Audit: a person's export is an {@code EXPORT} entry per scheme; an erasure is an {@code
 * ERASURE} entry, and the trail's earlier entries naming the person name a pseudonym instead
 * ({@link AuditTrail#erased}); the operator's export and leaving are operator calls, which the
 * operator API records.
 */
@ApplicationScoped
@Transactional
public class SubjectRightsService {
  /** The reader named for the operator's reads (the operator is nobody of the tenant). */
  static final String OPERATOR = "operator";

  @Inject Context ctx;
  @Inject Access access;
  @Inject SchemeRepository schemes;
  @Inject PersonRepository people;
  @Inject RequestRepository requests;
  @Inject MatchRepository matches;
  @Inject RelationshipRepository relationships;
  @Inject MentorRepository mentors;
  @Inject CpdRepository ledger;
  @Inject PersonalData data;
  @Inject RequestService requestViews;
  @Inject MatchingService matchingViews;
  @Inject RelationshipService relationshipViews;
  @Inject CpdService cpdViews;
  @Inject MentorService mentorViews;
  @Inject AuditTrail audit;
  @Inject Event<PersonErased> erased;
  @Inject Event<TenantLeaving> leaving;

  // --- export

  /** Everything the tool holds about the actor, in every scheme of their registration. */
  public SubjectViews.SubjectExport export(Actor actor) {
    return exportOf(
        actor.person(),
        s -> {
          access.subjectExport(actor, s, actor.person());
          audit.record(
              actor,
              s,
              AuditAction.EXPORT,
              ConfidentialRead.Kind.SUBJECT_EXPORT,
              actor.person().personId(),
              "MY_DATA");
        });
  }

  private SubjectViews.SubjectExport exportOf(
      PersonRef who, java.util.function.Consumer<Scheme> grant) {
    Actor as = new Actor(who, Set.of());
    Optional<Person> person = people.find(who);
    List<SubjectViews.SchemeData> out = new ArrayList<>();
    for (Scheme s : schemes.inTenant(who.tenant())) {
      List<MentoringRequest> reqs = requests.forMentee(s.ref(), who);
      List<MatchProposal> props = new ArrayList<>(matches.forMentor(s.ref(), who));
      props.addAll(matches.forMentee(s.ref(), who));
      List<Relationship> rels = new ArrayList<>(relationships.forMentee(s.ref(), who));
      // A former mentor (the mentee changed mentor) holds at most what they wrote, as the scheme
      // says: the mentee's records are not theirs to take away.
      List<Relationship> former = new ArrayList<>();
      for (Relationship r : relationships.forMentor(s.ref(), who)) {
        (r.isFormerMentor(who) ? former : rels).add(r);
      }
      boolean keeps = s.privacy().formerMentorKeepsOwnNotes();
      var entries = ledger.forPerson(s.ref(), who);
      var profile = mentors.forPerson(s.ref(), who);
      Optional<CourseMember> member = schemes.member(who.tenant(), s.courseRef(), who.personId());
      List<String> roles = new ArrayList<>();
      if (s.isLead(who)) {
        roles.add("LEAD");
      } else if (s.isCoordinator(who)) {
        roles.add(s.isMatchingCoordinator(who) ? "MATCHING_COORDINATOR" : "COORDINATOR");
      }
      profile.ifPresent(p -> roles.add("MENTOR"));
      if (!reqs.isEmpty() || !relationships.forMentee(s.ref(), who).isEmpty()) {
        roles.add("MENTEE");
      }
      if (roles.isEmpty() && reqs.isEmpty() && entries.isEmpty() && member.isEmpty()) {
        continue;
      }
      grant.accept(s);
      out.add(
          new SubjectViews.SchemeData(
              s.id(),
              s.name(),
              s.courseRef(),
              roles,
              member.map(CourseMember::lastSeenAt).orElse(null),
              reqs.stream().map(requestViews::view).toList(),
              props.stream()
                  .map(
                      p ->
                          matchingViews.view(
                              p,
                              requests
                                  .find(s.ref(), p.requestId())
                                  .orElseThrow(() -> new NotFound("That request"))))
                  .toList(),
              rels.stream().map(r -> relationshipViews.view(s, r, as)).toList(),
              keeps
                  ? former.stream().map(r -> relationshipViews.ownWriting(r, who)).toList()
                  : List.of(),
              cpdViews.log(s, entries),
              profile.map(p -> mentorViews.view(s, p)).orElse(null)));
    }
    return new SubjectViews.SubjectExport(
        ctx.now(),
        person
            .map(
                p ->
                    new SubjectViews.PersonData(
                        who.personId(),
                        p.subject(),
                        p.hasName() ? p.displayName() : null,
                        p.email(),
                        p.createdAt(),
                        p.lastSeenAt()))
            .orElse(new SubjectViews.PersonData(who.personId(), null, null, null, null, null)),
        out);
  }

  // --- erasure

  /** The scheme's lead erases a person's records in the scheme. */
  public SubjectViews.ErasureView eraseInScheme(Actor actor, String courseRef, String personId) {
    Scheme s = ctx.scheme(actor, courseRef);
    PersonRef subject = new PersonRef(actor.tenant(), personId);
    access.requireEraser(actor, s, subject);
    String erasedId = UUID.randomUUID().toString();
    ErasureCounts counts = data.erase(actor.tenant(), personId, erasedId, List.of(s.ref()));
    audit.erased(actor.tenant(), s.id(), actor.person().personId(), personId);
    erased.fire(new PersonErased(actor.tenant(), personId, erasedId, s.id(), false));
    return new SubjectViews.ErasureView(personId, false, counts);
  }

  /**
   * The operator erases the person the platform knows as {@code subject}: their records in every
   * scheme of the registration, and their identity; 404 if there is no such person.
   */
  public SubjectViews.ErasureView eraseEverywhere(TenantId tenant, String subject) {
    Person person =
        people.findBySubject(tenant, subject).orElseThrow(() -> new NotFound("That person"));
    PersonRef ref = person.ref();
    List<Scheme> all = schemes.inTenant(tenant);
    for (Scheme s : all) {
      if (s.isLead(ref)) {
        throw new DomainException(
            "CANNOT_ERASE_THE_LEAD",
            "That person leads the scheme " + s.name() + ": it needs another lead first.");
      }
    }
    String erasedId = UUID.randomUUID().toString();
    ErasureCounts counts =
        data.erase(tenant, ref.personId(), erasedId, all.stream().map(Scheme::ref).toList());
    data.forgetPerson(tenant, ref.personId(), "erased:" + erasedId);
    audit.erased(tenant, null, AuditEntry.OPERATOR, ref.personId());
    erased.fire(new PersonErased(tenant, ref.personId(), erasedId, null, true));
    return new SubjectViews.ErasureView(ref.personId(), true, counts);
  }

  // --- leaving

  /** Everything of the registration: its schemes' settings and every person's export. */
  public SubjectViews.TenantExport exportTenant(TenantId tenant) {
    PersonRef operator = new PersonRef(tenant, OPERATOR);
    List<SubjectViews.SchemeSettingsData> settings = new ArrayList<>();
    for (Scheme s : schemes.inTenant(tenant)) {
      access.tenantExport(operator, s);
      settings.add(
          new SubjectViews.SchemeSettingsData(
              s.id(),
              s.courseRef(),
              s.lead().personId(),
              s.coordinators().stream().map(PersonRef::personId).toList(),
              s.settings(),
              s.privacy()));
    }
    List<SubjectViews.SubjectExport> everyone = new ArrayList<>();
    for (Person p : people.inTenant(tenant)) {
      everyone.add(exportOf(p.ref(), s -> {}));
    }
    // The operator's export is recorded as its operator call (the operator API records each).
    return new SubjectViews.TenantExport(tenant.value(), ctx.now(), settings, everyone);
  }

  /**
   * A registration leaves: its export, then every record of its schemes and people deleted, and
   * {@link TenantLeaving} fired so that the tool's other stores delete theirs — in one transaction.
   */
  public SubjectViews.TenantExport leave(TenantId tenant) {
    SubjectViews.TenantExport export = exportTenant(tenant);
    data.deleteTenant(tenant);
    // The leaving is recorded as its operator call; the trail's rows of the registration stay.
    leaving.fire(new TenantLeaving(tenant));
    return export;
  }
}
