package org.mentorlink.tool.exports;

/**
 * Cells of the CSV files the tool writes, safe to open in a spreadsheet (OWASP "CSV injection"): a
 * text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * would be read as a formula, so it gets a leading single quote, which spreadsheets show as text.
 * Numbers, dates and other values are written as they are.
 */
public final class CsvCells {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvCells() {}

  /** {@code value}, with a leading {@code '} if it is text that a spreadsheet would evaluate. */
  public static Object safe(Object value) {
    if (value instanceof CharSequence s
        && !s.isEmpty()
        && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return value;
  }

  /** A row of cells, each made {@link #safe}. */
  public static Object[] row(Object... values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = safe(values[i]);
    }
    return out;
  }
}
