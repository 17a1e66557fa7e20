package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * The coordinators' reports through real launches: a scheme built by hand — five requests (one
 * signposted, three matched), three relationships, three signed-off sessions in the future (so the
 * waits to a first session are 3 and 10 days), two mentors at capacity, CPD reflected on, claims
 * approved and waiting — and its figures checked exactly through the API; each chart's CSV equals
 * the chart's data; the hub view sums its schemes; mentors and mentees are refused; and a
 * coordinator who sees numbers only under "only the lead knows" gets the same figures with no name
 * or id of anyone in them. Bad periods are refused with problem+json, never a 500.
 */
@ExtendWith(DatabasePass.class)
class ReportsIT {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate TODAY = LocalDate.now(LONDON);
  private static final LocalDate FROM = TODAY.minusDays(60);
  private static final LocalDate TO = TODAY.plusDays(12);
  private static final String PERIOD = "?from=" + FROM + "&to=" + TO;
  private static final Map<String, String> CSV = Map.of("Accept", "text/csv");

  private static LtiFixture lti;
  private static Participant lead;
  private static Participant leadInSouth;
  private static Participant coordinator;
  private static Participant mentorA;
  private static Participant mentee1;
  private static final List<String> NAMES = new ArrayList<>();
  private static final List<String> IDS = new ArrayList<>();

  @BeforeAll
  static void buildTheScheme(TestInfo test) {
    lti = LtiFixture.start(test);
    LaunchClaims leadClaims = lti.instructor();
    lead = Participant.launch(lti, leadClaims, "Dr Lena Leadperson");
    lead.created(
        "POST",
        "/api/scheme",
        Json.createObjectBuilder()
            .add("name", "North reports")
            .add("allowanceSessions", 2)
            .add("allowanceYearlyMinimum", 3)
            .add("cpdApproval", "AUTOMATIC")
            .add(
                "signposts",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("name", "Practitioner Health")))
            .build());
    assertTrue(
        lead.ok("GET", "/api/scheme/privacy", null).getBoolean("onlyLeadKnows"),
        "only the lead knows is on for a new scheme");

    mentorA = Participant.launch(lti, lti.learner(), "Dr Ada Mentorname");
    Participant mentorB = Participant.launch(lti, lti.learner(), "Dr Ben Mentorname");
    String profileA = designate(mentorA.name);
    String profileB = designate(mentorB.name);
    mentorA.ok("PUT", "/api/mentor-profile", Json.createObjectBuilder().add("capacity", 2).build());
    mentorB.ok("PUT", "/api/mentor-profile", Json.createObjectBuilder().add("capacity", 1).build());

    List<Participant> mentees = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Participant m = Participant.launch(lti, lti.learner(), "Dr Mentee" + i + " Reportsname");
      mentees.add(m);
      requests.add(
          m.created(
                  "POST",
                  "/api/requests",
                  Json.createObjectBuilder()
                      .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                      .build())
              .getString("id"));
    }
    mentee1 = mentees.get(0);
    String rel1 = match(requests.get(0), profileA, mentorA, mentees.get(0));
    String rel2 = match(requests.get(1), profileA, mentorA, mentees.get(1));
    String rel3 = match(requests.get(2), profileB, mentorB, mentees.get(2));
    lead.ok(
        "POST",
        "/api/requests/" + requests.get(3) + "/signpost",
        Json.createObjectBuilder()
            .add("service", "Practitioner Health")
            .add("reason", "They can help you sooner.")
            .build());

    // Sessions at noon on days 3 and 5 (relationship 1) and day 10 (relationship 2) from today.
    String s11 = signedOff(rel1, mentorA, mentees.get(0), 3, "1.5");
    String s12 = signedOff(rel1, mentorA, mentees.get(0), 5, "1");
    signedOff(rel2, mentorA, mentees.get(1), 10, "2");

    // CPD: the first mentee and mentor A reflect on session 1 (1.5 hours each); mentor B logs
    // 2 hours of training and reflects. Approval is automatic: 1.5 hours for mentees, 3.5 for
    // mentors, from three entries.
    reflect(mentees.get(0), "1.5");
    reflect(mentorA, "1.5");
    mentorB.created(
        "POST",
        "/api/cpd/activities",
        Json.createObjectBuilder()
            .add("activity", "MENTOR_TRAINING")
            .add("description", "Mentor training day")
            .add("date", TODAY.minusDays(3).toString())
            .add("hours", "2")
            .add("kind", "EXTERNAL")
            .build());
    reflect(mentorB, "2");

    // Claims: session 1 approved (fee only), session 2 waiting (fee and 10 miles at 45p).
    lead.ok(
        "PUT",
        "/api/claims/rules",
        Json.createObjectBuilder()
            .add("sessionFee", "250")
            .add("mileageRate", "0.45")
            .add("yearlyBudget", "1000")
            .build());
    String claim =
        mentorA
            .created(
                "POST",
                "/api/relationships/" + rel1 + "/sessions/" + s11 + "/claim",
                Json.createObjectBuilder().add("travel", "NONE").build())
            .getJsonObject("claim")
            .getString("id");
    lead.ok("POST", "/api/claims/" + claim + "/approve", null);
    mentorA.created(
        "POST",
        "/api/relationships/" + rel1 + "/sessions/" + s12 + "/claim",
        Json.createObjectBuilder().add("travel", "MILEAGE").add("miles", "10").build());

    // A coordinator the lead did not name for matching: numbers only.
    coordinator = Participant.launch(lti, lti.instructor(), "Dr Cora Numbersonly");
    lead.ok(
        "POST",
        "/api/scheme/coordinators",
        Json.createObjectBuilder().add("personId", personId(coordinator.name)).build());

    // The lead's second scheme, in another course of the same platform, with one request.
    LaunchClaims south = leadClaims.copy().context("south-course", "SOUTH", "South course");
    leadInSouth = Participant.relaunch(lti, south, "Dr Lena Leadperson");
    leadInSouth.created(
        "POST", "/api/scheme", Json.createObjectBuilder().add("name", "South reports").build());
    Participant southMentee =
        Participant.launch(
            lti,
            lti.learner().context("south-course", "SOUTH", "South course"),
            "Dr Sam Southreportsname");
    southMentee.created(
        "POST",
        "/api/requests",
        Json.createObjectBuilder()
            .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
            .build());

    for (Participant p : mentees) {
      NAMES.add(p.name);
    }
    NAMES.addAll(
        List.of(lead.name, mentorA.name, mentorB.name, coordinator.name, southMentee.name));
    lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonObject("person").getString("id"))
        .forEach(IDS::add);
    IDS.addAll(requests);
    IDS.addAll(List.of(rel1, rel2, rel3, s11, s12, claim, profileA, profileB));
  }

  @AfterAll
  static void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  // ------------------------------------------------------------------ the figures

  @Test
  void theFiguresAreThoseOfTheSchemeBuiltByHand() {
    JsonObject r = lead.ok("GET", "/api/scheme/reports" + PERIOD, null);
    assertEquals("custom", r.getString("period"));
    assertEquals(FROM.toString(), r.getString("from"));
    assertEquals(TO.toString(), r.getString("to"));
    assertTrue(r.getBoolean("hub"), "the lead may open the hub view");
    JsonObject f = r.getJsonObject("figures");
    assertEquals("North reports", f.getString("schemeName"));

    assertEquals(
        counts(5, 1, 3), pick(f.getJsonObject("requests"), "received", "signposted", "matched"));
    JsonObject waits = f.getJsonObject("waits");
    // Matched on the day of the request: no wait.
    assertEquals(counts(3, 0, 0), pick(waits.getJsonObject("toMatch"), "count", "median", "p90"));
    // First sessions 3 and 10 days after the request: the median is the lower, the 90th the 10.
    assertEquals(
        counts(2, 3, 10), pick(waits.getJsonObject("toFirstSession"), "count", "median", "p90"));

    assertEquals(
        counts(3, 3, 0, 3),
        pick(f.getJsonObject("relationships"), "active", "started", "closed", "openAtEnd"));

    JsonObject s = f.getJsonObject("sessions");
    assertEquals(3, s.getInt("held"));
    assertEquals("1.0", s.getString("perRelationship"));
    List<Long> bands = new ArrayList<>();
    s.getJsonArray("byCount")
        .forEach(b -> bands.add(b.asJsonObject().getJsonNumber("relationships").longValue()));
    assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L, 0L), bands);
    // Allowance of 2: relationship 1 used it, relationships 2 and 3 are below it.
    assertEquals(counts(2, 1, 0), pick(s.getJsonObject("allowance"), "below", "used", "beyond"));
    // One day run in the period owes none of the 3 a year: all three meet it.
    assertEquals(counts(3, 3, 0), pick(s.getJsonObject("minimum"), "perYear", "met", "notMet"));

    assertEquals(
        counts(2, 0, 3, 3, 0, 0, 2, 0),
        pick(
            f.getJsonObject("mentors"),
            "mentors",
            "paused",
            "capacity",
            "load",
            "withoutMentee",
            "withRoom",
            "full",
            "overCapacity"));

    JsonObject cpd = f.getJsonObject("cpd");
    assertEquals("1.5", cpd.getString("mentees"));
    assertEquals("3.5", cpd.getString("mentors"));
    assertEquals("5", cpd.getString("total"));
    assertEquals(3, cpd.getInt("entries"));

    JsonObject claims = f.getJsonObject("claims");
    assertEquals(List.of("1", "250.00", "0.00", "250.00"), money(claims.getJsonObject("approved")));
    assertEquals(List.of("1", "250.00", "4.50", "254.50"), money(claims.getJsonObject("waiting")));
    // The budget of every scheme year the period touches; the claims count in their session's.
    Map<String, long[]> expected = new LinkedHashMap<>();
    for (LocalDate y = yearStart(FROM); !y.isAfter(TO); y = y.plusYears(1)) {
      expected.put(label(y), new long[] {0, 0});
    }
    expected.get(label(yearStart(TODAY.plusDays(3))))[0] += 25_000;
    expected.get(label(yearStart(TODAY.plusDays(5))))[1] += 25_450;
    JsonArray budgets = claims.getJsonArray("budgets");
    assertEquals(expected.size(), budgets.size(), budgets.toString());
    int i = 0;
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      JsonObject b = budgets.getJsonObject(i++);
      assertEquals(e.getKey(), b.getString("year"));
      assertEquals("1000.00", b.getString("yearly"));
      assertEquals(pounds(e.getValue()[0]), b.getString("spent"));
      assertEquals(pounds(e.getValue()[1]), b.getString("committed"));
      assertEquals(pounds(100_000 - e.getValue()[0] - e.getValue()[1]), b.getString("left"));
    }
    assertEquals(0, f.getJsonArray("feedback").size(), "no round has ended or been released");

    JsonObject now = r.getJsonObject("now");
    assertEquals(1, now.getInt("requestsToRead"));
    assertEquals(0, now.getInt("requestsToMatch"));
    assertEquals(3, now.getInt("relationships"));
    assertEquals(2, now.getInt("mentors"));
  }

  @Test
  void aNamedPeriodIsTheSchemesOwn() {
    JsonObject r = lead.ok("GET", "/api/scheme/reports?period=last-12-months", null);
    assertEquals(TODAY.minusMonths(12).plusDays(1).toString(), r.getString("from"));
    assertEquals(TODAY.toString(), r.getString("to"));
    JsonObject year = lead.ok("GET", "/api/scheme/reports", null);
    assertEquals("this-year", year.getString("period"));
    assertEquals(yearStart(TODAY).toString(), year.getString("from"));
    assertEquals(yearStart(TODAY).plusYears(1).minusDays(1).toString(), year.getString("to"));
    // A period before anything happened counts nothing.
    JsonObject before =
        lead.ok("GET", "/api/scheme/reports?from=2020-01-01&to=2020-12-31", null)
            .getJsonObject("figures");
    assertEquals(0, before.getJsonObject("requests").getInt("received"));
    assertEquals(0, before.getJsonObject("relationships").getInt("active"));
    assertEquals("0", before.getJsonObject("cpd").getString("total"));
    assertAbsent(before.getJsonObject("waits").getJsonObject("toMatch"), "median");
  }

  /** Each CSV equals its chart's data: the heading row, then a row per category. */
  @Test
  void eachChartsCsvEqualsItsData() {
    JsonObject r = lead.ok("GET", "/api/scheme/reports" + PERIOD, null);
    JsonArray charts = r.getJsonArray("charts");
    assertEquals(
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
            "budget"),
        charts.stream().map(c -> c.asJsonObject().getString("id")).toList());
    JsonObject requests = charts.getJsonObject(0);
    assertEquals(List.of("5", "1", "3"), values(requests.getJsonArray("series").getJsonObject(0)));
    for (JsonValue v : charts) {
      assertCsvIsTheChart(lead, v.asJsonObject());
    }
  }

  // ------------------------------------------------------------------ the hub

  @Test
  void theHubViewSumsItsSchemes() {
    JsonObject hub = lead.ok("GET", "/api/scheme/reports/hub" + PERIOD, null);
    JsonArray schemes = hub.getJsonArray("schemes");
    assertEquals(
        List.of("North reports", "South reports"),
        schemes.stream().map(s -> s.asJsonObject().getString("schemeName")).toList());
    JsonObject north = schemes.getJsonObject(0);
    JsonObject south = schemes.getJsonObject(1);
    JsonObject total = hub.getJsonObject("total");
    assertEquals(
        counts(1, 0, 0),
        pick(south.getJsonObject("requests"), "received", "signposted", "matched"));
    assertEquals(
        counts(6, 1, 3),
        pick(total.getJsonObject("requests"), "received", "signposted", "matched"));
    for (String[] path :
        new String[][] {
          {"requests", "received"},
          {"requests", "signposted"},
          {"requests", "matched"},
          {"relationships", "active"},
          {"relationships", "started"},
          {"sessions", "held"},
          {"mentors", "mentors"},
          {"mentors", "capacity"},
          {"mentors", "load"},
          {"cpd", "entries"},
          {"waits", "toMatch", "count"}
        }) {
      assertEquals(
          number(north, path) + number(south, path), number(total, path), String.join(".", path));
    }
    // The same figures as the scheme's own report.
    assertEquals(
        lead.ok("GET", "/api/scheme/reports" + PERIOD, null).getJsonObject("figures"), north);
    // The South scheme sets no yearly minimum: the hub names none.
    assertAbsent(total.getJsonObject("sessions").getJsonObject("minimum"), "perYear");
    assertEquals(
        "250.00", total.getJsonObject("claims").getJsonObject("approved").getString("total"));

    JsonObject hubRequests = hub.getJsonArray("charts").getJsonObject(0);
    assertEquals("hub-requests", hubRequests.getString("id"));
    assertEquals(
        List.of("North reports", "South reports"),
        hubRequests.getJsonArray("categories").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertEquals(List.of("5", "1"), values(hubRequests.getJsonArray("series").getJsonObject(0)));
    for (JsonValue v : hub.getJsonArray("charts")) {
      assertCsvIsTheChart(lead, v.asJsonObject());
    }
    Step page = lead.browser.get("/app/coordinator/reports/hub" + PERIOD);
    assertEquals(200, page.status(), page::describe);
    assertTrue(
        page.body().contains("South reports") && page.body().contains("data-form=\"hub-period\""));
  }

  @Test
  void onlyTheLeadOpensTheHub() {
    coordinator.refused(403, "FORBIDDEN", "GET", "/api/scheme/reports/hub", null);
    mentorA.refused(403, "FORBIDDEN", "GET", "/api/scheme/reports/hub", null);
    assertFalse(
        coordinator.ok("GET", "/api/scheme/reports", null).getBoolean("hub"),
        "a coordinator is offered no hub view");
  }

  // ------------------------------------------------------------------ who may see

  @Test
  void mentorsAndMenteesAreRefused() {
    for (Participant p : List.of(mentorA, mentee1)) {
      p.refused(403, "FORBIDDEN", "GET", "/api/scheme/reports", null);
      for (String csv :
          List.of(
              "/api/scheme/reports/charts/requests.csv",
              "/api/scheme/reports/hub/charts/hub-requests.csv")) {
        Step refused = p.browser.get(csv, CSV);
        assertEquals(403, refused.status(), refused::describe);
        assertTrue(refused.body().contains("\"FORBIDDEN\""), refused::describe);
      }
      Step page = p.browser.get("/app/coordinator/reports");
      assertEquals(403, page.status(), page::describe);
      assertFalse(page.body().contains("Requests received"), page.body());
    }
  }

  /** Under "only the lead knows" a coordinator who does not match sees numbers, never people. */
  @Test
  void aCoordinatorWhoSeesNumbersOnlyGetsTheSameFiguresAndNoOne() {
    coordinator.refused(403, "FORBIDDEN", "GET", "/api/requests", null);
    JsonObject theirs = coordinator.ok("GET", "/api/scheme/reports" + PERIOD, null);
    JsonObject leads = lead.ok("GET", "/api/scheme/reports" + PERIOD, null);
    assertEquals(leads.getJsonObject("figures"), theirs.getJsonObject("figures"));
    String json = theirs.toString();
    Step page = coordinator.browser.get("/app/coordinator/reports" + PERIOD);
    assertEquals(200, page.status(), page::describe);
    assertTrue(page.body().contains("data-form=\"report-period\""));
    assertTrue(page.body().contains("<svg") && page.body().contains("role=\"img\""));
    Step csv = coordinator.browser.get("/api/scheme/reports/charts/mentor-load.csv" + PERIOD, CSV);
    assertEquals(200, csv.status(), csv::describe);
    for (String text : List.of(json, page.body(), csv.body())) {
      for (String name : NAMES) {
        assertFalse(text.contains(name), "a report names no one: " + name);
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        assertFalse(text.contains(surname), "not even in part: " + name);
      }
      for (String id : IDS) {
        assertFalse(text.contains(id), "a report carries no id of a person or record: " + id);
      }
      assertFalse(text.contains("They can help you sooner"), "nor anything anyone wrote");
    }
  }

  // ------------------------------------------------------------------ periods that cannot be

  @Test
  void periodsThatCannotBeAreRefusedWithAProblemNeverA500() {
    refusedPeriod("?from=2026-05-02&to=2026-05-01", "INVALID_PERIOD", "to");
    refusedPeriod("?from=2020-01-01&to=2025-01-01", "INVALID_PERIOD", "to");
    refusedPeriod("?from=2026-13-01&to=2026-12-31", "VALIDATION_FAILED", "from");
    refusedPeriod("?from=2026-01-01&to=tomorrow", "VALIDATION_FAILED", "to");
    refusedPeriod("?from=1999-01-01&to=1999-02-01", "DATE_OUT_OF_RANGE", "from");
    refusedPeriod("?from=2026-01-01", "INVALID_PERIOD", "to");
    refusedPeriod("?period=fortnight", "INVALID_PERIOD", "period");
    refusedPeriod("?period=this-year&from=2026-01-01&to=2026-02-01", "INVALID_PERIOD", "period");
    Step unknown = lead.browser.get("/api/scheme/reports/charts/nonsense.csv", CSV);
    assertEquals(404, unknown.status(), unknown::describe);
    Step page =
        lead.browser.get("/app/coordinator/reports?period=custom&from=2026-05-02&to=2026-05-01");
    assertEquals(422, page.status(), page::describe);
    assertTrue(page.body().contains("There is a problem"), page.body());
    assertTrue(page.body().contains("href=\"#to\""), "the error links to its field");
  }

  private static void refusedPeriod(String query, String code, String field) {
    for (String path :
        List.of(
            "/api/scheme/reports",
            "/api/scheme/reports/charts/requests.csv",
            "/api/scheme/reports/hub")) {
      boolean isCsv = path.endsWith(".csv");
      Step s = isCsv ? lead.browser.get(path + query, CSV) : lead.call("GET", path + query, null);
      assertEquals(400, s.status(), path + query + "\n" + s.describe());
      assertTrue(
          isCsv || s.header("Content-Type").orElse("").startsWith("application/problem+json"),
          s.describe());
      JsonObject p = Participant.read(s.body()).asJsonObject();
      assertEquals(code, p.getString("code"), s.describe());
      assertEquals(field, p.getString("field"), s.describe());
    }
  }

  // ------------------------------------------------------------------ helpers

  private static void assertCsvIsTheChart(Participant p, JsonObject chart) {
    Step csv = p.browser.get(chart.getString("csv"), CSV);
    assertEquals(200, csv.status(), csv::describe);
    assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"), csv.describe());
    List<List<String>> rows = parseCsv(csv.body());
    List<String> header = new ArrayList<>();
    header.add(chart.getString("categoryHeading"));
    JsonArray series = chart.getJsonArray("series");
    series.forEach(s -> header.add(s.asJsonObject().getString("name")));
    assertEquals(header, rows.get(0), chart.getString("id"));
    JsonArray categories = chart.getJsonArray("categories");
    assertEquals(categories.size() + 1, rows.size(), chart.getString("id"));
    for (int c = 0; c < categories.size(); c++) {
      List<String> expected = new ArrayList<>();
      expected.add(categories.getString(c));
      for (JsonValue s : series) {
        JsonValue v = s.asJsonObject().getJsonArray("values").get(c);
        expected.add(
            v.getValueType() == JsonValue.ValueType.NULL
                ? ""
                : ((JsonNumber) v).bigDecimalValue().toPlainString());
      }
      assertEquals(expected, rows.get(c + 1), chart.getString("id") + " row " + c);
    }
  }

  /** RFC 4180, as the tool writes it. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\r') {
        continue;
      } else if (ch == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** A value that is none: left out of the JSON, or null. */
  private static void assertAbsent(JsonObject o, String key) {
    assertTrue(!o.containsKey(key) || o.isNull(key), key + " in " + o);
  }

  private static List<String> values(JsonObject series) {
    return series.getJsonArray("values").stream().map(JsonValue::toString).toList();
  }

  private static List<Long> counts(long... v) {
    List<Long> out = new ArrayList<>();
    for (long x : v) {
      out.add(x);
    }
    return out;
  }

  private static List<Long> pick(JsonObject o, String... names) {
    List<Long> out = new ArrayList<>();
    for (String n : names) {
      out.add(o.getJsonNumber(n).longValue());
    }
    return out;
  }

  private static long number(JsonObject o, String... path) {
    JsonObject at = o;
    for (int i = 0; i < path.length - 1; i++) {
      at = at.getJsonObject(path[i]);
    }
    return at.getJsonNumber(path[path.length - 1]).longValue();
  }

  private static List<String> money(JsonObject totals) {
    return List.of(
        String.valueOf(totals.getInt("claims")),
        totals.getString("fees"),
        totals.getString("travel"),
        totals.getString("total"));
  }

  /** The start of the scheme year (1 April) holding {@code day}. */
  private static LocalDate yearStart(LocalDate day) {
    LocalDate start = MonthDay.of(4, 1).atYear(day.getYear());
    return start.isAfter(day) ? start.minusYears(1) : start;
  }

  private static String label(LocalDate start) {
    return start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
  }

  private static String pounds(long pence) {
    return java.math.BigDecimal.valueOf(pence, 2).toPlainString();
  }

  private static String personId(String name) {
    return lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getJsonObject("person").getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonObject("person")
        .getString("id");
  }

  private static String designate(String name) {
    return lead.created(
            "POST",
            "/api/mentors",
            Json.createObjectBuilder().add("personId", personId(name)).build())
        .getString("profileId");
  }

  private static String match(
      String request, String profile, Participant mentor, Participant mentee) {
    lead.ok("POST", "/api/requests/" + request + "/accept", null);
    String proposal =
        lead.created(
                "POST",
                "/api/requests/" + request + "/proposals",
                Json.createObjectBuilder().add("mentorProfileId", profile).build())
            .getString("id");
    mentor.ok("POST", "/api/proposals/" + proposal + "/accept", null);
    return mentee
        .created("POST", "/api/proposals/" + proposal + "/confirm", null)
        .getString("relationshipId");
  }

  /** A session at noon {@code days} from today, recorded, submitted and signed off. */
  private static String signedOff(
      String rel, Participant mentor, Participant mentee, int days, String hours) {
    String path = "/api/relationships/" + rel;
    JsonArray sessions =
        mentor
            .created(
                "POST",
                path + "/sessions",
                Json.createObjectBuilder()
                    .add(
                        "scheduledAt",
                        TODAY.plusDays(days).atTime(12, 0).atZone(LONDON).toInstant().toString())
                    .add("durationHours", hours)
                    .add("mode", "IN_PERSON")
                    .build())
            .getJsonArray("sessions");
    String sid = sessions.getJsonObject(sessions.size() - 1).getString("id");
    String s = path + "/sessions/" + sid;
    mentee.ok("PUT", s + "/record", Json.createObjectBuilder().add("notes", "NOTES").build());
    mentee.ok("POST", s + "/submit", null);
    mentor.ok("POST", s + "/sign-off", null);
    return sid;
  }

  /** The participant reflects on their entry of {@code hours} (approval is automatic). */
  private static void reflect(Participant p, String hours) {
    String id = null;
    for (JsonValue y : p.ok("GET", "/api/cpd", null).getJsonArray("years")) {
      for (JsonValue e : y.asJsonObject().getJsonArray("entries")) {
        if (e.asJsonObject().getString("hours").equals(hours)
            && "AWAITING_REFLECTION".equals(e.asJsonObject().getString("state"))) {
          id = e.asJsonObject().getString("id");
        }
      }
    }
    p.ok(
        "POST",
        "/api/cpd/entries/" + id + "/reflection",
        Json.createObjectBuilder().add("reflection", "What I learned").build());
  }
}
