package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdCreditChanged;
import org.mentorlink.domain.cpd.CpdEntry;
import org.mentorlink.domain.cpd.CpdKind;
import org.mentorlink.domain.cpd.CpdRepository;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.cpd.Ledger;
import org.mentorlink.domain.notice.NoticeKind;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.scheme.CpdSettings;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * The CPD ledger: entries from signed-off sessions (made in the sign-off's own transaction) and
 * from mentors' training and supervision; reflections; the educator's approval queue, which shows
 * amounts and dates, and a reflection only where its owner chose to share it — never session notes;
 * reversals; totals per CPD year and five-year cycle.
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class CpdService {
  @Inject AuditTrail audit;
  @Inject Context ctx;
  @Inject Access access;
  @Inject CpdRepository ledger;
  @Inject Event<CpdCreditChanged> creditChanged;
  @Inject Notifier notifier;

  /** Called when a mentor signs a session off: an entry each for the mentee and the mentor. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sessionSignedOff(Scheme scheme, Relationship r, SessionRecord session) {
    CpdEntry.forSession(
            scheme,
            r,
            session,
            ledger.forSession(scheme.ref(), session.id()),
            ctx.calendar(scheme),
            ctx.now())
        .forEach(ledger::add);
  }

  /**
   * What of the CPD ledger waits for the actor: their own entries to reflect on, returned, and
   * approved in the last {@link #APPROVED_LATELY_DAYS} days; and, for those who decide approvals,
   * how many entries wait for a decision (a number, no names).
   */
  public record Waiting(int toReflect, int returned, int approvedLately, long toDecide) {}

  static final int APPROVED_LATELY_DAYS = 14;

  public Waiting waiting(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    List<CpdEntry> mine = access.ownLedgerToCount(actor, s);
    var cancelled = Ledger.reversed(mine);
    java.time.Instant since = ctx.now().minus(java.time.Duration.ofDays(APPROVED_LATELY_DAYS));
    int reflect = 0;
    int returned = 0;
    int approved = 0;
    for (CpdEntry e : mine) {
      if (e.isReversal() || cancelled.contains(e.id())) {
        continue;
      }
      switch (e.state()) {
        case AWAITING_REFLECTION -> reflect++;
        case RETURNED -> returned++;
        case APPROVED -> approved += e.decidedAt() != null && e.decidedAt().isAfter(since) ? 1 : 0;
        case AWAITING_APPROVAL -> {
          // waits for an educator, not for its owner
        }
      }
    }
    return new Waiting(reflect, returned, approved, access.approvalsToDecide(actor, s));
  }

  /** The actor's own ledger in the course's scheme. */
  public Views.CpdLog myLog(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    return log(s, access.ownLedger(actor, s));
  }

  /**
   * The actor's own ledger for a download ({@code format}: a code such as {@code CSV} or {@code
   * JSON}); the export is recorded in the audit trail.
   */
  public Views.CpdLog exportLog(Actor actor, String courseRef, String format) {
    Scheme s = ctx.scheme(actor, courseRef);
    Views.CpdLog log = log(s, access.ownLedger(actor, s));
    audit.record(
        actor,
        s,
        AuditAction.EXPORT,
        ConfidentialRead.Kind.CPD_LEDGER,
        actor.person().personId(),
        format);
    return log;
  }

  /** The owner reflects on an entry (and chooses whether educators may read it). */
  public Views.CpdLog reflect(
      Actor actor,
      String courseRef,
      String entryId,
      String reflection,
      boolean share,
      boolean impact) {
    Scheme s = ctx.scheme(actor, courseRef);
    CpdEntry e = access.ownCpdEntry(actor, s, entryId);
    e.reflect(actor, reflection, share, impact, s.settings().cpdApproval(), ctx.now());
    if (e.state() == EntryState.APPROVED) {
      creditChanged(s, e.person(), e.cpdYear());
    } else if (e.state() == EntryState.AWAITING_APPROVAL) {
      notifier.tellMatchers(
          s, actor, NoticeKind.CPD_TO_APPROVE, Notifier.recurring(e.id(), ctx.now()));
    }
    return log(s, access.ownLedger(actor, s));
  }

  /** A mentor logs training or supervision. */
  public Views.CpdLog logActivity(
      Actor actor,
      String courseRef,
      CpdActivity activity,
      String description,
      LocalDate date,
      CpdHours hours,
      CpdKind kind) {
    Scheme s = ctx.scheme(actor, courseRef);
    ledger.add(
        CpdEntry.mentorActivity(
            s,
            access.mentorProfile(actor, s).orElse(null),
            actor,
            activity,
            description,
            date,
            hours,
            kind,
            ctx.calendar(s),
            ctx.now()));
    return log(s, access.ownLedger(actor, s));
  }

  /** The owner or a coordinator reverses an entry with a reason. */
  public Views.CpdEntryView reverse(Actor actor, String courseRef, String entryId, String reason) {
    Scheme s = ctx.scheme(actor, courseRef);
    CpdEntry e = access.cpdEntryForOwnerOrCoordinator(actor, s, entryId);
    CpdEntry reversal =
        e.reverse(s, actor, reason, ledger.forPerson(s.ref(), e.person()), ctx.now());
    ledger.add(reversal);
    if (e.state() == EntryState.APPROVED) {
      creditChanged(s, e.person(), e.cpdYear());
    }
    return view(reversal, true, false);
  }

  /** The approval queue (coordinators): amounts, dates, shared reflections only. */
  public Views.Page<Views.ApprovalItem> queue(Actor actor, String courseRef, int page, int size) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.coordinatorReads(actor, s, ConfidentialRead.Kind.CPD_APPROVAL_QUEUE);
    int p = Context.page(page);
    int n = Context.size(size);
    List<Views.ApprovalItem> items =
        ledger.awaitingApproval(s.ref(), p * n, n).stream()
            .map(
                e ->
                    new Views.ApprovalItem(
                        e.id(),
                        ctx.person(e.person()),
                        e.role(),
                        e.activity(),
                        e.date(),
                        e.hours(),
                        e.cpdYear().label(),
                        e.shareReflection() ? e.reflection() : null,
                        e.shareReflection()))
            .toList();
    return new Views.Page<>(items, p, n, ledger.countAwaitingApproval(s.ref()));
  }

  public void approve(Actor actor, String courseRef, String entryId) {
    Scheme s = ctx.scheme(actor, courseRef);
    CpdEntry e = access.cpdEntryForCoordinator(actor, s, entryId);
    e.approve(s, actor, ctx.now());
    audit.record(
        actor, s, AuditAction.APPROVAL, ConfidentialRead.Kind.CPD_ENTRY, e.id(), "APPROVED");
    notifier.tell(s, actor, NoticeKind.CPD_APPROVED, e.id(), e.person());
    creditChanged(s, e.person(), e.cpdYear());
  }

  /**
   * The scheme of the course, for a coordinator who matches (to list what was passed back to the
   * gradebook, which names people with credit); refuses anyone else.
   */
  public SchemeRef coordinatedScheme(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireMatching(actor, s);
    return s.ref();
  }

  /**
   * Announces a person's new approved credit for {@code year}, in this transaction, when the scheme
   * passes credit back to the gradebook.
   */
  private void creditChanged(Scheme s, PersonRef person, CpdYear year) {
    CpdSettings settings = s.cpdSettings();
    if (!settings.gradebookPassback()) {
      return;
    }
    creditChanged.fire(
        new CpdCreditChanged(
            s.tenant(),
            s.id(),
            s.courseRef(),
            person,
            year,
            () ->
                Ledger.credit(
                    ledger.currentForPerson(s.ref(), person), year, settings.impactMultiplier()),
            settings.yearlyTarget(),
            ctx.now()));
  }

  public void returnEntry(Actor actor, String courseRef, String entryId, String reason) {
    Scheme s = ctx.scheme(actor, courseRef);
    CpdEntry e = access.cpdEntryForCoordinator(actor, s, entryId);
    e.returnForReflection(s, actor, reason, ctx.now());
    notifier.tell(
        s, actor, NoticeKind.CPD_RETURNED, Notifier.recurring(e.id(), ctx.now()), e.person());
    audit.record(
        actor, s, AuditAction.APPROVAL, ConfidentialRead.Kind.CPD_ENTRY, entryId, "RETURNED");
  }

  /** The scheme's CPD settings (every member may read them; coordinators change them). */
  public CpdSettings settings(Actor actor, String courseRef) {
    return ctx.scheme(actor, courseRef).cpdSettings();
  }

  /**
   * Changes the scheme's CPD settings. Switching gradebook passback on passes every person's
   * current approved credit back once (per person and CPD year with approved credit), so credit
   * approved while it was off reaches the gradebook too; switching it on again later does the same
   * once more, and leaving it on does nothing.
   */
  public CpdSettings changeSettings(Actor actor, String courseRef, CpdSettings settings) {
    return changeSettings(actor, courseRef, settings, false);
  }

  /**
   * As {@link #changeSettings(Actor, String, CpdSettings)}; {@code revealConfirmed}: the actor
   * confirmed that switching gradebook passback on under "only the lead knows" shows every teacher
   * of the course who is mentored ({@code PASSBACK_REVEALS_MENTEES} otherwise).
   */
  public CpdSettings changeSettings(
      Actor actor, String courseRef, CpdSettings settings, boolean revealConfirmed) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireCoordinator(actor, s);
    boolean wasOn = s.cpdSettings().gradebookPassback();
    s.changeCpdSettings(actor, settings, revealConfirmed);
    if (!wasOn && s.cpdSettings().gradebookPassback()) {
      java.util.Set<String> done = new java.util.HashSet<>();
      for (CpdEntry e : ledger.approvedInScheme(s.ref())) {
        if (done.add(e.person().personId() + "\n" + e.cpdYear().start())) {
          creditChanged(s, e.person(), e.cpdYear());
        }
      }
    }
    return s.cpdSettings();
  }

  Views.CpdLog log(Scheme s, List<CpdEntry> entries) {
    boolean multiplier = s.cpdSettings().impactMultiplier();
    var cancelled = Ledger.reversed(entries);
    TreeSet<CpdYear> years = new TreeSet<>(Comparator.comparing(CpdYear::start).reversed());
    entries.forEach(e -> years.add(e.cpdYear()));
    years.add(CpdYear.containing(ctx.calendar(s).today(), s.settings().cpdYearStart()));
    List<Views.CpdYearView> out = new ArrayList<>();
    for (CpdYear y : years) {
      out.add(
          new Views.CpdYearView(
              y.label(),
              y.start(),
              y.end(),
              Ledger.credit(entries, y, multiplier),
              Ledger.pending(entries, y),
              Ledger.cycleCredit(entries, y, multiplier),
              entries.stream()
                  .filter(e -> e.cpdYear().equals(y))
                  .map(e -> view(e, cancelled.contains(e.id()), multiplier))
                  .toList()));
    }
    return new Views.CpdLog(s.cpdSettings().yearlyTarget(), out);
  }

  static Views.CpdEntryView view(CpdEntry e, boolean reversed, boolean multiplier) {
    return new Views.CpdEntryView(
        e.id(),
        e.activity(),
        e.description(),
        e.date(),
        e.hours(),
        e.role(),
        e.kind(),
        e.state(),
        e.reflection(),
        e.shareReflection(),
        e.impact(),
        e.returnReason(),
        e.isReversal(),
        e.reversesEntryId(),
        e.reversalReason(),
        reversed,
        reversed ? CpdHours.ZERO : e.credit(multiplier));
  }
}
