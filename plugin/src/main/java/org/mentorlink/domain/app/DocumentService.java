package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.cpd.CpdEntry;
import org.mentorlink.domain.cpd.CpdRepository;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.cpd.Ledger;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.verification.DocumentKind;
import org.mentorlink.domain.verification.Initials;
import org.mentorlink.domain.verification.IssuedDocument;
import org.mentorlink.domain.verification.IssuedDocumentRepository;
import org.mentorlink.domain.verification.VerificationCode;

/**
 * Documents a person takes away — a CPD certificate for a year, a signed session record, a signed
 * contract — and their public verification. Issuing decides what the person may have (their own
 * ledger; the sessions and contracts of their own relationships, signed; anything else is "not
 * found"), records the document with a new code's hash, and returns what to print. Checking a code
 * shows only what the document showed, with initials instead of a name, and whether a CPD entry it
 * lists has been reversed since.
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class DocumentService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Context ctx;
  @Inject Access access;
  @Inject CpdRepository ledger;
  @Inject RelationshipRepository relationships;
  @Inject PersonRepository people;
  @Inject IssuedDocumentRepository issued;
  @Inject AuditTrail audit;

  /**
   * The actor's CPD certificate for the year labelled {@code yearLabel} ("2025/26"; the current
   * year when blank). The year must be the current one or one with entries.
   */
  public DocumentViews.CpdCertificate cpdCertificate(
      Actor actor, String courseRef, String yearLabel) {
    Scheme s = ctx.scheme(actor, courseRef);
    List<CpdEntry> all = access.ownLedger(actor, s);
    CpdYear year = year(s, all, yearLabel);
    boolean multiplier = s.cpdSettings().impactMultiplier();
    Set<String> cancelled = Ledger.reversed(all);
    List<CpdEntry> listed =
        all.stream()
            .filter(e -> e.cpdYear().equals(year) && !e.isReversal() && !cancelled.contains(e.id()))
            .toList();
    var credit = Ledger.credit(all, year, multiplier);
    VerificationCode code = VerificationCode.generate(RANDOM);
    Holder holder = holder(actor.person());
    IssuedDocument doc =
        IssuedDocument.cpdCertificate(
            s, actor.person(), holder.initials(), year, credit, listed, code, ctx.now());
    issued.add(doc);
    audit.record(
        actor,
        s,
        AuditAction.EXPORT,
        ConfidentialRead.Kind.CPD_LEDGER,
        actor.person().personId(),
        "PDF");
    return new DocumentViews.CpdCertificate(
        new DocumentViews.Issued(code.grouped(), doc.issuedAt()),
        holder.name(),
        s.name(),
        year.label(),
        year.start(),
        year.end(),
        credit,
        Ledger.pending(all, year),
        s.cpdSettings().yearlyTarget(),
        multiplier,
        listed.stream()
            .map(
                e ->
                    new DocumentViews.CertificateLine(
                        e.date(),
                        e.activity(),
                        e.description(),
                        e.role(),
                        e.hours(),
                        e.state(),
                        e.credit(multiplier)))
            .toList());
  }

  /** The record of a signed-off session, for a party of the relationship. */
  public DocumentViews.SessionRecordDocument sessionRecord(
      Actor actor, String courseRef, String relationshipId, String sessionId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    SessionRecord session =
        relationships.session(r, sessionId).orElseThrow(() -> new NotFound("That session"));
    VerificationCode code = VerificationCode.generate(RANDOM);
    Holder holder = holder(actor.person());
    LocalDate date = ctx.calendar(s).dateOf(session.scheduledAt());
    IssuedDocument doc =
        IssuedDocument.sessionRecord(
            s, r, session, actor.person(), holder.initials(), date, code, ctx.now());
    issued.add(doc);
    audit.record(actor, s, AuditAction.EXPORT, ConfidentialRead.Kind.SESSION, session.id(), "PDF");
    return new DocumentViews.SessionRecordDocument(
        new DocumentViews.Issued(code.grouped(), doc.issuedAt()),
        holder.name(),
        s.name(),
        ctx.person(r.mentee()).name(),
        ctx.person(r.mentor()).name(),
        session.number(),
        session.scheduledAt(),
        session.duration(),
        session.mode(),
        session.agenda(),
        session.themes(),
        session.topics(),
        session.goalsReviewed(),
        session.actions().stream()
            .map(a -> new Views.ActionView(a.what(), a.owner(), a.dueOn(), false))
            .toList(),
        session.menteeNotes(),
        session.mentorNotes(),
        session.signedOffAt(),
        session.addenda().stream()
            .map(
                a ->
                    new Views.AddendumView(
                        ctx.person(new PersonRef(r.mentee().tenant(), a.personId())),
                        a.addedAt(),
                        a.body()))
            .toList());
  }

  /** A version of the contract that both parties signed, for one of them. */
  public DocumentViews.ContractDocument contract(
      Actor actor, String courseRef, String relationshipId, String contractId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    Contract c =
        relationships.contracts(r).stream()
            .filter(x -> x.id().equals(contractId))
            .findFirst()
            .orElseThrow(() -> new NotFound("That contract"));
    VerificationCode code = VerificationCode.generate(RANDOM);
    Holder holder = holder(actor.person());
    IssuedDocument doc =
        IssuedDocument.contract(s, r, c, actor.person(), holder.initials(), code, ctx.now());
    issued.add(doc);
    audit.record(actor, s, AuditAction.EXPORT, ConfidentialRead.Kind.CONTRACT, c.id(), "PDF");
    return new DocumentViews.ContractDocument(
        new DocumentViews.Issued(code.grouped(), doc.issuedAt()),
        holder.name(),
        s.name(),
        ctx.person(r.mentee()).name(),
        ctx.person(r.mentor()).name(),
        c.versionNo(),
        c.terms(),
        c.text(),
        c.sha256(),
        c.signatures().stream()
            .map(
                sig -> {
                  PersonRef p = new PersonRef(r.mentee().tenant(), sig.personId());
                  return new DocumentViews.SignatureLine(
                      ctx.person(p).name(),
                      r.isMentee(p) ? "Mentee" : "Mentor",
                      sig.signedAt(),
                      sig.textSha256());
                })
            .toList());
  }

  /**
   * The public check of a code (no actor: whoever holds the document). Empty for a code that is
   * malformed or was never issued here.
   */
  public Optional<DocumentViews.Verification> verify(String code) {
    Optional<IssuedDocument> found =
        VerificationCode.parse(code).flatMap(c -> issued.byCodeHash(c.sha256()));
    return found.map(
        d -> {
          int reversed =
              d.kind() == DocumentKind.CPD_CERTIFICATE && !d.itemIds().isEmpty()
                  ? ledger.reversedAmong(d.scheme(), d.itemIds()).size()
                  : 0;
          return new DocumentViews.Verification(
              d.kind(),
              d.initials(),
              d.periodLabel(),
              d.periodStart(),
              d.periodEnd(),
              d.contractVersion(),
              d.total(),
              d.itemIds().size(),
              reversed,
              d.issuedAt());
        });
  }

  private record Holder(String name, String initials) {}

  private Holder holder(PersonRef person) {
    return people
        .find(person)
        .map(p -> new Holder(p.displayName(), Initials.of(p.hasName() ? p.displayName() : null)))
        .orElse(new Holder("Unknown participant", Initials.NONE));
  }

  private CpdYear year(Scheme s, List<CpdEntry> entries, String label) {
    CpdYear current = CpdYear.containing(ctx.calendar(s).today(), s.settings().cpdYearStart());
    if (label == null || label.isBlank()) {
      return current;
    }
    TreeSet<CpdYear> years = new TreeSet<>(Comparator.comparing(CpdYear::start));
    years.add(current);
    entries.forEach(e -> years.add(e.cpdYear()));
    return years.stream()
        .filter(y -> y.label().equals(label.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new DomainException(
                    "UNKNOWN_CPD_YEAR", "There is no such CPD year in your log (say 2025/26)."));
  }
}
