package org.mentorlink.tool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.ReportService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.report.ReportFacts;
import org.mentorlink.domain.report.SchemeFigures;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.infrastructure.web.Templates;
import org.mentorlink.tool.present.Fmt;
import org.mentorlink.tool.present.Labels;
import org.mentorlink.tool.present.ReportCharts;
import org.mentorlink.tool.present.ReportFixture;

/** The report pages rendered from the templates, as the resource fills them. */
class ReportPagesTest {
  private static final Templates TEMPLATES = new Templates();

  private static Map<String, Object> model() {
    Map<String, Object> m = new HashMap<>();
    m.put("csrf", "csrf-token");
    m.put("formToken", "form-token");
    m.put("launchHandle", "H4ndle");
    m.put("fmt", new Fmt(ZoneId.of("Europe/London")));
    m.put("labels", new Labels());
    m.put("errors", new FormErrors());
    m.put("notice", null);
    m.put("periods", ReportPages.PERIODS);
    m.put("form", FormData.empty().put("period", "this-year"));
    return m;
  }

  private static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theReportShowsEveryChartWithItsTableAndCsv() {
    SchemeFigures f = ReportFixture.northFigures();
    Map<String, Object> m = model();
    m.put(
        "report",
        new ReportService.SchemeReport(
            new org.mentorlink.domain.report.ReportPeriod(
                f.from(), f.to(), org.mentorlink.domain.report.ReportPeriod.Preset.THIS_YEAR),
            f,
            new Views.SchemeNumbers(1, 0, 5, 3, 0, 2),
            true));
    m.put("figures", f);
    m.put(
        "charts",
        ReportPages.panels(
            ReportCharts.of(f),
            "/api/scheme/reports",
            ((ReportService.SchemeReport) m.get("report")).period()));
    String html = TEMPLATES.render("app/coordinator/reports", m);

    assertEquals(1, count(html, "data-form=\"report-period\""));
    assertEquals(ReportCharts.SCHEME.size(), count(html, "<svg "));
    assertEquals(ReportCharts.SCHEME.size(), count(html, "role=\"img\""));
    assertEquals(ReportCharts.SCHEME.size() + 0, count(html, "data-chart-csv="));
    assertTrue(
        html.contains(
            "href=\"/api/scheme/reports/charts/requests.csv?from=2026-04-01&amp;to=2027-03-31&amp;launch=H4ndle\""),
        "each chart links its CSV, in the page's launch");
    assertTrue(html.contains("name=\"launch\" value=\"H4ndle\""), "the GET form keeps the launch");
    assertEquals(
        count(html, "<table class=\"nhsuk-table"),
        count(html, "class=\"app-table-scroll\""),
        "every table in its own scroll region");
    assertTrue(html.contains("Median 3 days, 90% within 10 days (4 requests)"), html);
    assertTrue(html.contains("All the schemes you lead"), "the lead is offered the hub");
    assertTrue(html.contains("No feedback round"), html);
    assertFalse(html.contains("style=\""), "nothing styled inline (CSP)");
  }

  @Test
  void aRefusedPeriodShowsTheFormWithItsError() {
    Map<String, Object> m = model();
    m.put("report", null);
    m.put("figures", null);
    m.put("charts", List.of());
    FormErrors errors =
        new FormErrors()
            .add(
                new DomainException(
                    "INVALID_PERIOD", "to", "The period must end on or after the day it starts."),
                ReportPages.PERIOD);
    m.put("errors", errors);
    String html = TEMPLATES.render("app/coordinator/reports", m);
    assertTrue(html.contains("There is a problem"), html);
    assertTrue(html.contains("href=\"#to\""), html);
    assertTrue(html.contains("id=\"to-error\""), html);
    assertFalse(html.contains("<svg"), html);
  }

  @Test
  void theHubShowsEachSchemeAndTheTotal() {
    SchemeFigures north = ReportFixture.northFigures();
    SchemeFigures south = SchemeFigures.of("s", "South & <Coast>", ReportFixture.empty());
    SchemeFigures total =
        SchemeFigures.of(
            null,
            "All schemes",
            ReportFacts.merge(List.of(ReportFixture.north(), ReportFixture.empty())));
    var period =
        new org.mentorlink.domain.report.ReportPeriod(
            north.from(), north.to(), org.mentorlink.domain.report.ReportPeriod.Preset.THIS_YEAR);
    Map<String, Object> m = model();
    m.put("hub", new ReportService.HubReport(period, List.of(north, south), total));
    m.put("figures", total);
    m.put(
        "charts",
        ReportPages.panels(
            ReportCharts.hub(List.of(north, south)), "/api/scheme/reports/hub", period));
    String html = TEMPLATES.render("app/coordinator/reports-hub", m);
    assertEquals(1, count(html, "data-form=\"hub-period\""));
    assertEquals(ReportCharts.HUB.size(), count(html, "<svg "));
    assertTrue(html.contains("South &amp; &lt;Coast&gt;"), "names are escaped");
    assertFalse(html.contains("<Coast>"), "names are escaped in the SVG too");
    assertTrue(html.contains("Each scheme and the total"), html);
    String table = html.substring(html.indexOf("id=\"hub-table\""), html.indexOf("</table>"));
    assertEquals(3, count(table, "scope=\"row\""), "a row per scheme and the total: " + table);
    assertTrue(table.contains(">Total</th>"), table);
    assertEquals(4, count(table, "Of them required"), "the heading and every row: " + table);
    assertTrue(table.contains("<span>2 / 3</span>"), "signposted at screening / during: " + table);
    assertTrue(table.contains("<span>too few to show</span>"), "South's required count: " + table);
  }
}
