package org.mentorlink.tool.exports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mentorlink.tool.present.Chart;

/**
 * The CSV behind a chart: its heading row (the categories' heading, then each series), then one row
 * per category with its values — the very data the chart draws. Text cells that a spreadsheet would
 * read as a formula (a scheme's name, say) are made safe ({@link CsvCells}); numbers are written as
 * numbers, an empty cell where there is no value.
 */
public final class ChartCsv {
  private ChartCsv() {}

  public static String csv(Chart chart) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(CsvCells.row(chart.header().toArray()));
      for (int c = 0; c < chart.categories().size(); c++) {
        List<Object> row = new ArrayList<>();
        row.add(chart.categories().get(c));
        for (int s = 0; s < chart.series().size(); s++) {
          row.add(chart.value(c, s) == null ? "" : chart.value(c, s).toPlainString());
        }
        Object[] cells = row.toArray();
        // Only the category is text; the values are numbers and stay as they are.
        cells[0] = CsvCells.safe(cells[0]);
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The file name of a chart's CSV, such as {@code mentorlink-report-requests-2026-04-01.csv}. */
  public static String fileName(Chart chart, java.time.LocalDate from, java.time.LocalDate to) {
    return "mentorlink-" + chart.id() + "-" + from + "-to-" + to + ".csv";
  }
}
