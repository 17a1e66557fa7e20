package org.mentorlink.tool.present;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mentorlink.domain.report.SchemeFigures;

/**
 * The charts of a report, drawn from its figures: the same charts, in the same order, on the page,
 * in the JSON answer and as CSV ({@link #SCHEME} and {@link #HUB} name them).
 */
public final class ReportCharts {
  /** The ids of one scheme's charts, in page order. */
  public static final List<String> SCHEME =
      List.of(
          "requests",
          "waits",
          "relationships",
          "sessions",
          "allowance",
          "minimum",
          "mentor-load",
          "cpd",
          "claims",
          "budget");

  /** The ids of the hub's charts (one row per scheme), in page order. */
  public static final List<String> HUB =
      List.of("hub-requests", "hub-relationships", "hub-mentors", "hub-claims");

  private ReportCharts() {}

  /** One scheme's charts (or a hub total's). */
  public static List<Chart> of(SchemeFigures f) {
    List<Chart> out = new ArrayList<>();
    out.add(
        one(
            "requests",
            "Requests received, signposted and matched",
            "Stage",
            "Number of requests",
            List.of("Received", "Signposted", "Matched"),
            List.of(f.requests().received(), f.requests().signposted(), f.requests().matched())));
    out.add(
        new Chart(
            "waits",
            "Days waited, from the request",
            "Wait",
            "Days",
            List.of("To be matched", "To the first session"),
            List.of(
                new Chart.Series(
                    "Median",
                    Arrays.asList(
                        num(f.waits().toMatch().median()),
                        num(f.waits().toFirstSession().median()))),
                new Chart.Series(
                    "90th percentile",
                    Arrays.asList(
                        num(f.waits().toMatch().p90()), num(f.waits().toFirstSession().p90()))))));
    SchemeFigures.Relationships rel = f.relationships();
    Long required = f.requests().required();
    out.add(
        one(
            "relationships",
            "Relationships in the period, and signposting during them",
            "Relationships",
            "Number of relationships or signpostings",
            List.of(
                "Ran in the period",
                "Started",
                "Closed",
                "Open at the end",
                required == null
                    ? "Required, not voluntary (not shown: too few to keep anyone from being"
                        + " recognised)"
                    : "Required, not voluntary",
                "Signposted to another service during a relationship (times)"),
            Arrays.asList(
                rel.active(),
                rel.started(),
                rel.closed(),
                rel.openAtEnd(),
                required,
                f.requests().signpostedDuring())));
    List<String> bands = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (SchemeFigures.SessionBand band : f.sessions().byCount()) {
      bands.add(
          band.sessions()
              + (band.sessions() == 1 ? " session" : " sessions")
              + (band.orMore() ? " or more" : ""));
      counts.add(band.relationships());
    }
    out.add(
        one(
            "sessions",
            "Relationships by signed-off sessions held in the period",
            "Sessions held",
            "Number of relationships",
            bands,
            counts));
    SchemeFigures.Allowance a = f.sessions().allowance();
    out.add(
        one(
            "allowance",
            "Relationships against their session allowance",
            "Sessions so far",
            "Number of relationships",
            List.of("Below the allowance", "Allowance used", "Beyond the allowance"),
            List.of(a.below(), a.used(), a.beyond())));
    SchemeFigures.Minimum m = f.sessions().minimum();
    out.add(
        one(
            "minimum",
            m.perYear() == null
                ? "Relationships against the yearly minimum of sessions"
                : "Relationships against the minimum of " + m.perYear() + " sessions a year",
            "Minimum",
            "Number of relationships",
            List.of("Met", "Not met"),
            List.of(m.met(), m.notMet())));
    SchemeFigures.MentorLoad load = f.mentors();
    out.add(
        one(
            "mentor-load",
            "Mentors by their load against their capacity",
            "Load",
            "Number of mentors",
            List.of("Without a mentee", "With room", "Full", "Over capacity"),
            List.of(load.withoutMentee(), load.withRoom(), load.full(), load.overCapacity())));
    out.add(
        new Chart(
            "cpd",
            "CPD credit approved, in hours",
            "Whose",
            "Hours",
            List.of("Mentees", "Mentors"),
            List.of(
                new Chart.Series(
                    "Hours", List.of(dec(f.cpd().mentees()), dec(f.cpd().mentors()))))));
    SchemeFigures.Claims c = f.claims();
    out.add(
        new Chart(
            "claims",
            "Fees and travel claimed for sessions in the period, in pounds",
            "Claimed",
            "Pounds",
            List.of("Session fees", "Travel"),
            List.of(
                new Chart.Series(
                    "Approved", List.of(dec(c.approved().fees()), dec(c.approved().travel()))),
                new Chart.Series(
                    "Waiting", List.of(dec(c.waiting().fees()), dec(c.waiting().travel()))))));
    out.add(
        new Chart(
            "budget",
            "Budget of each year the period touches, in pounds",
            "Budget year",
            "Pounds",
            c.budgets().stream().map(SchemeFigures.BudgetYear::year).toList(),
            List.of(
                series("Budget", c.budgets(), b -> dec(b.yearly())),
                series("Spent", c.budgets(), b -> dec(b.spent())),
                series("Committed", c.budgets(), b -> dec(b.committed())))));
    return out;
  }

  /** The hub's charts: one row per scheme. */
  public static List<Chart> hub(List<SchemeFigures> schemes) {
    List<String> names = schemes.stream().map(SchemeFigures::schemeName).toList();
    return List.of(
        new Chart(
            "hub-requests",
            "Requests in each scheme",
            "Scheme",
            "Number of requests",
            names,
            List.of(
                series("Received", schemes, s -> num(s.requests().received())),
                series("Signposted", schemes, s -> num(s.requests().signposted())),
                series("Matched", schemes, s -> num(s.requests().matched())),
                series(
                    "Signposted during a relationship",
                    schemes,
                    s -> num(s.requests().signpostedDuring())))),
        new Chart(
            "hub-relationships",
            "Relationships, signed-off sessions and required mentoring in each scheme",
            "Scheme",
            "Number",
            names,
            List.of(
                series("Relationships", schemes, s -> num(s.relationships().active())),
                series("Sessions", schemes, s -> num(s.sessions().held())),
                series(
                    "Required, not voluntary (shown when enough)",
                    schemes,
                    s -> num(s.requests().required())))),
        new Chart(
            "hub-mentors",
            "Mentors' capacity and load in each scheme",
            "Scheme",
            "Number of mentees",
            names,
            List.of(
                series("Capacity", schemes, s -> num(s.mentors().capacity())),
                series("Load", schemes, s -> num(s.mentors().load())))),
        new Chart(
            "hub-claims",
            "Claims for sessions in the period in each scheme, in pounds",
            "Scheme",
            "Pounds",
            names,
            List.of(
                series("Approved", schemes, s -> dec(s.claims().approved().total())),
                series("Waiting", schemes, s -> dec(s.claims().waiting().total())))));
  }

  /** The chart named {@code id} among {@code charts}. */
  public static Optional<Chart> find(List<Chart> charts, String id) {
    return charts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static Chart one(
      String id,
      String title,
      String heading,
      String axis,
      List<String> categories,
      List<Long> values) {
    // "Number of requests": the series is "Requests"; "… or signpostings", "Relationships or …".
    String what = axis.substring("Number of ".length());
    return new Chart(
        id,
        title,
        heading,
        axis,
        categories,
        List.of(
            new Chart.Series(
                Character.toUpperCase(what.charAt(0)) + what.substring(1),
                values.stream().map(ReportCharts::num).toList())));
  }

  private static <T> Chart.Series series(String name, List<T> rows, Function<T, BigDecimal> value) {
    return new Chart.Series(name, rows.stream().map(value).toList());
  }

  private static BigDecimal num(Number n) {
    return n == null ? null : BigDecimal.valueOf(n.longValue());
  }

  private static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }
}
