package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.verification.CodeMint;
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
  @Inject Context ctx;
  @Inject Access access;
  @Inject CpdRepository ledger;
  @Inject RelationshipRepository relationships;
  @Inject PersonRepository people;
  @Inject IssuedDocumentRepository issued;
  @Inject AuditTrail audit;
  @Inject CodeMint mint;

  /**
   * The actor's CPD certificate for the year labelled {@code yearLabel} ("2025/26"; the current
   * year when blank). The year must be the current one or one with entries, and have approved
   * credit: a certificate for no credit is refused ({@code NO_CPD_CREDIT}).
   */
  public DocumentViews.CpdCertificate cpdCertificate(
      Actor actor, String courseRef, String yearLabel) {
    Scheme s = ctx.scheme(actor, courseRef);
    List<CpdEntry> all = access.ownLedger(actor, s);
    Certificate c = certificate(s, actor, all, year(s, all, yearLabel));
    if (c.doc() == null) {
      throw new InvalidTransition(
          "NO_CPD_CREDIT",
          "There is no approved credit in CPD year "
              + c.year().label()
              + " yet, so there is no certificate for it. An entry counts as credit once you have"
              + " reflected on it and, where the scheme asks for it, an educator has approved it.");
    }
    DocumentViews.Issued issued = issue(c.doc());
    audit.record(
        actor,
        s,
        AuditAction.EXPORT,
        ConfidentialRead.Kind.CPD_LEDGER,
        actor.person().personId(),
        "PDF");
    return new DocumentViews.CpdCertificate(
        issued,
        c.holder().name(),
        s.name(),
        c.year().label(),
        c.year().start(),
        c.year().end(),
        c.credit(),
        Ledger.pending(all, c.year()),
        s.cpdSettings().yearlyTarget(),
        c.multiplier(),
        c.listed().stream()
            .map(
                e ->
                    new DocumentViews.CertificateLine(
                        e.date(),
                        e.activity(),
                        e.description(),
                        e.role(),
                        e.hours(),
                        e.state(),
                        e.credit(c.multiplier())))
            .toList());
  }

  /**
   * The code each of the actor's CPD years' certificate would carry, by year label, for the years
   * that have approved credit (a year without credit has no certificate). Nothing is issued.
   */
  public Map<String, String> certificateCodes(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    // The actor's own ledger, read for the codes of the page that already read (and audited) it.
    List<CpdEntry> all = ledger.forPerson(s.ref(), actor.person());
    Map<String, String> codes = new LinkedHashMap<>();
    for (CpdYear y : years(s, all)) {
      Certificate c = certificate(s, actor, all, y);
      if (c.doc() != null) {
        codes.put(y.label(), mint.codeFor(c.doc()).grouped());
      }
    }
    return codes;
  }

  /** The record of a signed-off session, for a party of the relationship. */
  public DocumentViews.SessionRecordDocument sessionRecord(
      Actor actor, String courseRef, String relationshipId, String sessionId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    SessionRecord session =
        relationships.session(r, sessionId).orElseThrow(() -> new NotFound("That session"));
    Holder holder = holder(actor.person());
    DocumentViews.Issued issued = issue(sessionRecordOf(s, r, session, actor, holder));
    audit.record(actor, s, AuditAction.EXPORT, ConfidentialRead.Kind.SESSION, session.id(), "PDF");
    return new DocumentViews.SessionRecordDocument(
        issued,
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

  /**
   * The code the record of a signed-off session carries for the actor, a party of the relationship;
   * empty while the session is not signed off. Nothing is issued.
   */
  public Optional<String> sessionRecordCode(
      Actor actor, String courseRef, String relationshipId, String sessionId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = forCodes(actor, s, relationshipId);
    SessionRecord session =
        relationships.session(r, sessionId).orElseThrow(() -> new NotFound("That session"));
    if (session.state() != SessionState.SIGNED_OFF) {
      return Optional.empty();
    }
    return Optional.of(
        mint.codeFor(sessionRecordOf(s, r, session, actor, holder(actor.person()))).grouped());
  }

  /** A version of the contract that both parties signed, for one of them. */
  public DocumentViews.ContractDocument contract(
      Actor actor, String courseRef, String relationshipId, String contractId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    Contract c = contractOf(r, contractId);
    Holder holder = holder(actor.person());
    DocumentViews.Issued issued =
        issue(IssuedDocument.contract(s, r, c, actor.person(), holder.initials(), mint, ctx.now()));
    audit.record(actor, s, AuditAction.EXPORT, ConfidentialRead.Kind.CONTRACT, c.id(), "PDF");
    return new DocumentViews.ContractDocument(
        issued,
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
   * The code a fully signed contract version carries for the actor, a party of the relationship;
   * empty while it is not signed by both. Nothing is issued.
   */
  public Optional<String> contractCode(
      Actor actor, String courseRef, String relationshipId, String contractId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = forCodes(actor, s, relationshipId);
    Contract c = contractOf(r, contractId);
    if (!c.fullySigned(r)) {
      return Optional.empty();
    }
    IssuedDocument doc =
        IssuedDocument.contract(
            s, r, c, actor.person(), holder(actor.person()).initials(), mint, ctx.now());
    return Optional.of(mint.codeFor(doc).grouped());
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

  /**
   * A year's certificate as it would be issued now; {@code doc} is null for a year without credit.
   */
  private record Certificate(
      CpdYear year,
      Holder holder,
      boolean multiplier,
      CpdHours credit,
      List<CpdEntry> listed,
      IssuedDocument doc) {}

  private Certificate certificate(Scheme s, Actor actor, List<CpdEntry> all, CpdYear year) {
    boolean multiplier = s.cpdSettings().impactMultiplier();
    Set<String> cancelled = Ledger.reversed(all);
    List<CpdEntry> listed =
        all.stream()
            .filter(e -> e.cpdYear().equals(year) && !e.isReversal() && !cancelled.contains(e.id()))
            .toList();
    CpdHours credit = Ledger.credit(all, year, multiplier);
    Holder holder = holder(actor.person());
    IssuedDocument doc =
        credit.isZero()
            ? null
            : IssuedDocument.cpdCertificate(
                s, actor.person(), holder.initials(), year, credit, listed, mint, ctx.now());
    return new Certificate(year, holder, multiplier, credit, listed, doc);
  }

  private IssuedDocument sessionRecordOf(
      Scheme s, Relationship r, SessionRecord session, Actor actor, Holder holder) {
    LocalDate date = ctx.calendar(s).dateOf(session.scheduledAt());
    return IssuedDocument.sessionRecord(
        s, r, session, actor.person(), holder.initials(), date, mint, ctx.now());
  }

  /**
   * The relationship, for a party only ("not found" for anyone else), to compute a code on a page
   * that has already read — and audited — the relationship itself: no second read is recorded.
   */
  private Relationship forCodes(Actor actor, Scheme s, String relationshipId) {
    access.requireParty(actor, s, relationshipId);
    return relationships
        .find(s.ref(), relationshipId)
        .orElseThrow(() -> new NotFound("That relationship"));
  }

  private Contract contractOf(Relationship r, String contractId) {
    return relationships.contracts(r).stream()
        .filter(x -> x.id().equals(contractId))
        .findFirst()
        .orElseThrow(() -> new NotFound("That contract"));
  }

  /**
   * Records {@code doc} unless the same document (the same code) was issued before, and answers the
   * code to print with the time it was first issued.
   */
  private DocumentViews.Issued issue(IssuedDocument doc) {
    VerificationCode code = mint.codeFor(doc);
    IssuedDocument kept =
        issued
            .byCodeHash(code.sha256())
            .orElseGet(
                () -> {
                  issued.add(doc);
                  return doc;
                });
    return new DocumentViews.Issued(code.grouped(), kept.issuedAt());
  }

  private Holder holder(PersonRef person) {
    return people
        .find(person)
        .map(p -> new Holder(p.displayName(), Initials.of(p.hasName() ? p.displayName() : null)))
        .orElse(new Holder("Unknown participant", Initials.NONE));
  }

  /** The current CPD year and every year with an entry. */
  private TreeSet<CpdYear> years(Scheme s, List<CpdEntry> entries) {
    TreeSet<CpdYear> years = new TreeSet<>(Comparator.comparing(CpdYear::start));
    years.add(CpdYear.containing(ctx.calendar(s).today(), s.settings().cpdYearStart()));
    entries.forEach(e -> years.add(e.cpdYear()));
    return years;
  }

  private CpdYear year(Scheme s, List<CpdEntry> entries, String label) {
    if (label == null || label.isBlank()) {
      return CpdYear.containing(ctx.calendar(s).today(), s.settings().cpdYearStart());
    }
    return years(s, entries).stream()
        .filter(y -> y.label().equals(label.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new DomainException(
                    "UNKNOWN_CPD_YEAR", "There is no such CPD year in your log (say 2025/26)."));
  }
}
