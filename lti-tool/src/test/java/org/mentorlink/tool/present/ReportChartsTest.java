package org.mentorlink.tool.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.report.SchemeFigures;
import org.mentorlink.tool.exports.ChartCsv;

/** The charts show the report's figures, and each chart's CSV holds exactly the chart's data. */
class ReportChartsTest {

  private static List<String> values(Chart c, int series) {
    return c.series().get(series).values().stream()
        .map(v -> v == null ? null : v.toPlainString())
        .toList();
  }

  @Test
  void theChartsDrawTheFigures() {
    List<Chart> charts = ReportCharts.of(ReportFixture.northFigures());
    assertEquals(ReportCharts.SCHEME, charts.stream().map(Chart::id).toList());
    Chart requests = ReportCharts.find(charts, "requests").orElseThrow();
    assertEquals(List.of("Received", "Signposted", "Matched"), requests.categories());
    assertEquals(List.of("10", "2", "5"), values(requests, 0));
    Chart waits = ReportCharts.find(charts, "waits").orElseThrow();
    assertEquals(List.of("3", "21"), values(waits, 0));
    assertEquals(List.of("10", "30"), values(waits, 1));
    Chart rel = ReportCharts.find(charts, "relationships").orElseThrow();
    assertEquals(List.of("5", "3", "1", "4", "5", "3"), values(rel, 0));
    assertEquals("Required, not voluntary", rel.categories().get(4));
    Chart few =
        ReportCharts.find(
                ReportCharts.of(SchemeFigures.of("e", "Empty", ReportFixture.empty())),
                "relationships")
            .orElseThrow();
    assertNull(values(few, 0).get(4), "below k the required count is not drawn");
    assertTrue(few.categories().get(4).contains("not shown"), few.categories().get(4));
    assertEquals(
        List.of("2", "0", "1", "1", "0", "0", "1"),
        values(ReportCharts.find(charts, "sessions").orElseThrow(), 0));
    assertEquals(
        "6 sessions or more",
        ReportCharts.find(charts, "sessions").orElseThrow().categories().get(6));
    assertEquals(
        List.of("2", "1", "2"), values(ReportCharts.find(charts, "allowance").orElseThrow(), 0));
    Chart minimum = ReportCharts.find(charts, "minimum").orElseThrow();
    assertEquals(List.of("4", "1"), values(minimum, 0));
    assertTrue(minimum.title().contains("3 sessions a year"), minimum.title());
    assertEquals(
        List.of("1", "1", "2", "1"),
        values(ReportCharts.find(charts, "mentor-load").orElseThrow(), 0));
    assertEquals(List.of("12.5", "3"), values(ReportCharts.find(charts, "cpd").orElseThrow(), 0));
    Chart claims = ReportCharts.find(charts, "claims").orElseThrow();
    assertEquals(List.of("750.00", "25.50"), values(claims, 0));
    assertEquals(List.of("250.00", "0.00"), values(claims, 1));
    Chart budget = ReportCharts.find(charts, "budget").orElseThrow();
    assertEquals(List.of("2026/27"), budget.categories());
    assertEquals(List.of("28000.00"), values(budget, 0));
    assertEquals(List.of("775.50"), values(budget, 1));
    assertEquals(List.of("250.00"), values(budget, 2));
  }

  @Test
  void aMissingFigureIsNoneNotZero() {
    Chart waits =
        ReportCharts.find(
                ReportCharts.of(SchemeFigures.of("e", "Empty", ReportFixture.empty())), "waits")
            .orElseThrow();
    assertNull(waits.value(0, 0));
    assertEquals(List.of("To be matched", "", ""), waits.rows().get(0));
    assertTrue(waits.summary().contains("To be matched: Median none"), waits.summary());
  }

  /** Each CSV equals its chart's data: the heading row, then one row per category. */
  @Test
  void eachCsvEqualsItsChartsData() throws Exception {
    SchemeFigures north = ReportFixture.northFigures();
    SchemeFigures other =
        SchemeFigures.of("o", "=HYPERLINK(\"http://evil\")", ReportFixture.empty());
    List<Chart> all = new ArrayList<>(ReportCharts.of(north));
    all.addAll(ReportCharts.hub(List.of(north, other)));
    for (Chart c : all) {
      List<CSVRecord> records =
          CSVFormat.RFC4180.parse(new StringReader(ChartCsv.csv(c))).getRecords();
      assertEquals(c.header(), records.get(0).toList(), c.id());
      assertEquals(c.categories().size() + 1, records.size(), c.id());
      for (int i = 0; i < c.categories().size(); i++) {
        List<String> row = new ArrayList<>(c.rows().get(i));
        String category = row.get(0);
        if ("=+-@\t\r".indexOf(category.charAt(0)) >= 0) {
          row.set(0, "'" + category);
        }
        assertEquals(row, records.get(i + 1).toList(), c.id() + " row " + i);
        for (int s = 0; s < c.series().size(); s++) {
          BigDecimal v = c.value(i, s);
          String cell = records.get(i + 1).get(s + 1);
          assertEquals(v == null ? "" : v.toPlainString(), cell);
        }
      }
    }
  }

  @Test
  void aSchemesNameCannotBecomeAFormulaInTheCsv() throws Exception {
    SchemeFigures evil =
        SchemeFigures.of("o", "=HYPERLINK(\"http://evil\")", ReportFixture.north());
    Chart hub = ReportCharts.hub(List.of(evil)).get(0);
    List<CSVRecord> records =
        CSVFormat.RFC4180.parse(new StringReader(ChartCsv.csv(hub))).getRecords();
    assertEquals("'=HYPERLINK(\"http://evil\")", records.get(1).get(0));
    assertEquals("10", records.get(1).get(1), "numbers stay numbers");
  }

  @Test
  void theHubChartsHaveARowPerScheme() {
    SchemeFigures north = ReportFixture.northFigures();
    SchemeFigures empty = SchemeFigures.of("e", "South", ReportFixture.empty());
    List<Chart> hub = ReportCharts.hub(List.of(north, empty));
    assertEquals(ReportCharts.HUB, hub.stream().map(Chart::id).toList());
    Chart requests = hub.get(0);
    assertEquals(List.of("North", "South"), requests.categories());
    assertEquals(List.of("10", "0"), values(requests, 0));
    assertEquals(List.of("5", "0"), values(requests, 2));
    assertEquals(List.of("775.50", "0.00"), values(hub.get(3), 0));
  }
}
