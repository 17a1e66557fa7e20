package org.mentorlink.tool.present;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The data of one chart of a report: categories (the rows: "Received", a scheme's name), one or
 * more series (the bars of each row: "Median", "Approved"), a value per category and series (null:
 * none, such as a median without waits). The SVG ({@link BarChartSvg}), the table beside it and the
 * CSV behind it are all drawn from this one value, so they cannot tell different stories.
 */
public record Chart(
    String id,
    String title,
    String categoryHeading,
    String axisLabel,
    List<String> categories,
    List<Series> series) {

  /** A series: its name and one value per category. */
  public record Series(String name, List<BigDecimal> values) {
    public Series {
      Objects.requireNonNull(name, "name");
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            id + ": series " + s.name() + " has " + s.values().size() + " values");
      }
    }
  }

  /** The value of {@code category} in {@code series} (by position). */
  public BigDecimal value(int category, int series) {
    return this.series.get(series).values().get(category);
  }

  /** The chart's rows as text: the category, then each series' value (empty: none). */
  public List<List<String>> rows() {
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      List<String> row = new ArrayList<>();
      row.add(categories.get(c));
      for (int s = 0; s < series.size(); s++) {
        BigDecimal v = value(c, s);
        row.add(v == null ? "" : v.toPlainString());
      }
      out.add(row);
    }
    return out;
  }

  /** The heading row: the categories' heading, then the series' names. */
  public List<String> header() {
    List<String> out = new ArrayList<>();
    out.add(categoryHeading);
    series.forEach(s -> out.add(s.name()));
    return out;
  }

  /** One sentence of the chart's data, for its accessible description. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < categories.size(); c++) {
      b.append(c == 0 ? "" : "; ").append(categories.get(c)).append(": ");
      for (int s = 0; s < series.size(); s++) {
        BigDecimal v = value(c, s);
        b.append(s == 0 ? "" : ", ")
            .append(series.size() > 1 ? series.get(s).name() + " " : "")
            .append(v == null ? "none" : v.toPlainString());
      }
    }
    return b.append('.').toString();
  }
}
