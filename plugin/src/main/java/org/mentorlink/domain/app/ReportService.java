package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mentorlink.domain.claim.Budget;
import org.mentorlink.domain.claim.ClaimRepository;
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.Money;
import org.mentorlink.domain.cpd.CpdRole;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.report.ReportFacts;
import org.mentorlink.domain.report.ReportPeriod;
import org.mentorlink.domain.report.ReportRepository;
import org.mentorlink.domain.report.SchemeFigures;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * The coordinators' reports: a scheme's figures over a period, for its lead and every coordinator
 * (also under "only the lead knows": numbers only, like {@link SchemeService#numbers}), and the hub
 * view of a lead who runs several schemes of the registration, each scheme's figures and their
 * total. Every figure comes from aggregate queries ({@link ReportRepository}); no entity is read
 * but the schemes themselves and the feedback rounds' answers (through {@link FeedbackService}).
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class ReportService {
  /** The most rows of one kind (waits, relationships, mentors) one scheme's report reads back. */
  static final int MAX_ROWS = 200_000;

  @Inject Context ctx;
  @Inject Access access;
  @Inject SchemeRepository schemes;
  @Inject SchemeService schemeService;
  @Inject ReportRepository reports;
  @Inject FeedbackService feedback;
  @Inject ClaimRepository claims;

  /**
   * One scheme's report: the period, its figures, its numbers now, and whether the actor may open
   * the hub view (they lead the scheme).
   */
  public record SchemeReport(
      ReportPeriod period, SchemeFigures figures, Views.SchemeNumbers now, boolean hub) {}

  /** The hub view: the period, each scheme the actor leads (by name) and their total. */
  public record HubReport(ReportPeriod period, List<SchemeFigures> schemes, SchemeFigures total) {}

  /**
   * The course scheme's report for the period {@code preset} names, or {@code from}–{@code to} (see
   * {@link ReportPeriod#parse}): 403 for anyone but its lead and coordinators, 400 for a period
   * that cannot be.
   */
  public SchemeReport report(Actor actor, String courseRef, String preset, String from, String to) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.coordinatorReadsNumbers(actor, s);
    ReportPeriod p = period(s, preset, from, to);
    return new SchemeReport(
        p,
        SchemeFigures.of(s.id(), s.name(), facts(s, p)),
        schemeService.numbers(s),
        s.canLead(actor));
  }

  /**
   * The hub view: the figures of every scheme of the registration the actor leads, and their total
   * (the facts of them all together); 403 unless the actor leads the course's scheme. The period is
   * read in the course scheme's calendar and counted in each scheme's own.
   */
  public HubReport hub(Actor actor, String courseRef, String preset, String from, String to) {
    Scheme here = ctx.scheme(actor, courseRef);
    List<Scheme> led =
        access.leadReadsHubNumbers(actor, here, schemes.inTenant(actor.tenant())).stream()
            .sorted(Comparator.comparing(Scheme::name).thenComparing(Scheme::id))
            .toList();
    ReportPeriod p = period(here, preset, from, to);
    List<SchemeFigures> each = new ArrayList<>();
    List<ReportFacts> all = new ArrayList<>();
    for (Scheme s : led) {
      ReportFacts f = facts(s, p);
      all.add(f);
      each.add(SchemeFigures.of(s.id(), s.name(), f));
    }
    return new HubReport(p, each, SchemeFigures.of(null, "All schemes", ReportFacts.merge(all)));
  }

  private ReportPeriod period(Scheme s, String preset, String from, String to) {
    return ReportPeriod.parse(
        preset, from, to, ctx.calendar(s).today(), s.settings().cpdYearStart());
  }

  /** The facts of {@code s} over {@code p}, read by aggregate queries, in the scheme's calendar. */
  ReportFacts facts(Scheme s, ReportPeriod p) {
    Calendar cal = ctx.calendar(s);
    SchemeRef ref = s.ref();
    Instant from = cal.startOfDay(p.from());
    Instant to = cal.startOfDay(p.to().plusDays(1));
    Instant now = ctx.now();
    Instant end = now.isBefore(to) ? now : to;
    Integer minimum = s.allowance().yearlyMinimum();

    List<Integer> toMatch = days(cal, bounded(reports.requestToMatch(ref, from, to, MAX_ROWS + 1)));
    List<Integer> toFirst =
        days(cal, bounded(reports.requestToFirstSession(ref, from, to, MAX_ROWS + 1)));
    List<ReportFacts.RelationshipFacts> rels =
        bounded(reports.relationships(ref, from, to, MAX_ROWS + 1)).stream()
            .map(
                r ->
                    new ReportFacts.RelationshipFacts(
                        cal.dateOf(r.startedAt()),
                        r.closedAt() == null ? null : cal.dateOf(r.closedAt()),
                        r.allowance(),
                        minimum,
                        r.sessionsInPeriod(),
                        r.sessionsToEnd()))
            .toList();

    boolean doubled = s.cpdSettings().impactMultiplier();
    long mentee = 0;
    long mentor = 0;
    long entries = 0;
    for (ReportRepository.CpdRow c : reports.approvedCpd(ref, p.from(), p.to())) {
      long credit = c.halfHours() * (doubled && c.impact() ? 2 : 1);
      if (c.role() == CpdRole.MENTEE) {
        mentee += credit;
      } else {
        mentor += credit;
      }
      entries += c.entries();
    }

    ReportFacts.ClaimSums approved = ReportFacts.ClaimSums.NONE;
    ReportFacts.ClaimSums waiting = ReportFacts.ClaimSums.NONE;
    for (ReportRepository.ClaimRow c : reports.claims(ref, p.from(), p.to())) {
      ReportFacts.ClaimSums sums =
          new ReportFacts.ClaimSums(c.claims(), c.feePence(), c.travelPence());
      if (ClaimState.APPROVED.name().equals(c.state())) {
        approved = approved.plus(sums);
      } else {
        waiting = waiting.plus(sums);
      }
    }

    // Every budget year the period touches, from one grouped query: spent by approved claims,
    // committed by the others (sent or returned), as the claims page counts them (Budget).
    Money yearly = claims.rules(ref).map(ClaimRules::yearlyBudget).orElse(null);
    CpdYear firstYear = CpdYear.containing(p.from(), s.settings().cpdYearStart());
    java.util.Map<LocalDate, long[]> sums = new java.util.HashMap<>();
    for (ReportRepository.BudgetRow b : reports.budgets(ref, firstYear.start(), p.to())) {
      sums.computeIfAbsent(b.yearStart(), y -> new long[2])[
              ClaimState.APPROVED.name().equals(b.state()) ? 0 : 1] +=
          b.totalPence();
    }
    List<ReportFacts.BudgetFacts> budgets = new ArrayList<>();
    for (CpdYear y = firstYear; !y.start().isAfter(p.to()); y = y.next()) {
      long[] v = sums.getOrDefault(y.start(), new long[2]);
      Budget b = new Budget(y.label(), yearly, Money.ofPence(v[0]), Money.ofPence(v[1]));
      budgets.add(
          new ReportFacts.BudgetFacts(
              b.year(),
              y.start(),
              y.end(),
              b.limited() ? b.yearly().pence() : null,
              b.spent().pence(),
              b.committed().pence()));
    }

    List<SchemeFigures.FeedbackRound> rounds =
        feedback.releasedBetween(s, p.from(), p.to()).stream()
            .map(
                r ->
                    new SchemeFigures.FeedbackRound(
                        r.round(),
                        r.start(),
                        r.end(),
                        SchemeFigures.RoleFigures.of(r.mentees()),
                        SchemeFigures.RoleFigures.of(r.mentors())))
            .toList();

    return new ReportFacts(
        p,
        cal.today(),
        minimum,
        reports.requests(ref, from, to).requiredFrom(s.settings().feedbackMinimumGroup()),
        toMatch,
        toFirst,
        rels,
        bounded(reports.mentors(ref, end, MAX_ROWS + 1)),
        mentee,
        mentor,
        entries,
        approved,
        waiting,
        budgets,
        rounds);
  }

  /** Whole days from each span's start to its end in the scheme's calendar (never below 0). */
  private static List<Integer> days(Calendar cal, List<ReportRepository.Span> spans) {
    List<Integer> out = new ArrayList<>(spans.size());
    for (ReportRepository.Span sp : spans) {
      LocalDate a = cal.dateOf(sp.start());
      LocalDate b = cal.dateOf(sp.end());
      out.add((int) Math.max(0, ChronoUnit.DAYS.between(a, b)));
    }
    return out;
  }

  private static <T> List<T> bounded(List<T> rows) {
    if (rows.size() > MAX_ROWS) {
      throw new DomainException(
          "REPORT_TOO_LARGE",
          "from",
          "This period holds too many records to report on at once: choose a shorter one.");
    }
    return rows;
  }
}
