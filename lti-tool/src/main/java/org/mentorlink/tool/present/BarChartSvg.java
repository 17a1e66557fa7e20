package org.mentorlink.tool.present;

import java.math.BigDecimal;
import java.util.List;

/**
 * A {@link Chart} as an inline SVG of horizontal bars: each category's name above its bars (so long
 * names fit at phone width), each bar with its value after it, or inside its end when there is no
 * room (and, with several series, the series' name: colour is never the only cue), a value axis
 * with ticks and its label, a legend for several series. It scales with its {@code viewBox}; {@code
 * role="img"} with a title and a description of all its data. Colours are the NHS palette's blue,
 * purple and green (at least 5:1 on white). Every text is escaped; nothing is styled inline (the
 * pages' Content-Security-Policy).
 */
public final class BarChartSvg {
  static final int WIDTH = 400;
  static final int PAD = 8;

  /** A generous width of one character of the labels, to decide where a bar's value fits. */
  static final int CHAR = 8;

  static final int LABEL = 20;
  static final int BAR = 16;
  static final int GAP = 4;
  static final int GROUP_GAP = 10;
  static final int AXIS = 44;
  static final int LABEL_CHARS = 48;
  static final List<String> COLOURS = List.of("#005eb8", "#330072", "#007f3b", "#425563");
  static final String TEXT = "#212b32";
  static final String GRID = "#d8dde0";

  private BarChartSvg() {}

  /** The chart as an {@code <svg>} element. */
  public static String svg(Chart chart) {
    String id = "chart-" + chart.id();
    int series = chart.series().size();
    int legend = series > 1 ? series * LABEL + GAP : 0;
    int group = LABEL + series * (BAR + GAP) + GROUP_GAP;
    int plot = chart.categories().size() * group;
    int height = legend + plot + AXIS;
    double max = niceMax(chart);
    double scale = (WIDTH - 2 * PAD) / max;

    StringBuilder b = new StringBuilder(1024);
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart__svg\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" font-size=\"14\" fill=\"")
        .append(TEXT)
        .append("\">");
    b.append("<title id=\"").append(id).append("-title\">").append(esc(chart.title()));
    b.append("</title><desc id=\"").append(id).append("-desc\">");
    b.append(esc(chart.summary())).append("</desc>");

    for (int s = 0; series > 1 && s < series; s++) {
      int y = s * LABEL;
      rect(b, PAD, y + 4, 14, 14, COLOURS.get(s % COLOURS.size()));
      text(b, PAD + 20, y + 16, chart.series().get(s).name(), null);
    }

    int plotTop = legend;
    for (double tick : new double[] {0, max / 2, max}) {
      if (tick == max / 2 && max == 1) {
        continue;
      }
      int x = PAD + (int) Math.round(tick * scale);
      b.append("<line x1=\"").append(x).append("\" y1=\"").append(plotTop);
      b.append("\" x2=\"").append(x).append("\" y2=\"").append(plotTop + plot);
      b.append("\" stroke=\"").append(GRID).append("\" stroke-width=\"1\"/>");
      text(
          b,
          x,
          plotTop + plot + 16,
          number(tick),
          tick == 0 ? "start" : tick == max ? "end" : "middle");
    }
    b.append("<line x1=\"").append(PAD).append("\" y1=\"").append(plotTop + plot);
    b.append("\" x2=\"").append(WIDTH - PAD).append("\" y2=\"");
    b.append(plotTop + plot).append("\" stroke=\"").append(TEXT).append("\" stroke-width=\"1\"/>");
    text(b, PAD, plotTop + plot + 36, chart.axisLabel(), null);

    for (int c = 0; c < chart.categories().size(); c++) {
      int y = plotTop + c * group;
      text(b, PAD, y + 15, shorten(chart.categories().get(c)), null);
      for (int s = 0; s < series; s++) {
        int top = y + LABEL + s * (BAR + GAP);
        BigDecimal v = chart.value(c, s);
        int w = v == null ? 0 : (int) Math.round(v.doubleValue() * scale);
        if (w > 0) {
          rect(b, PAD, top, w, BAR, COLOURS.get(s % COLOURS.size()));
        }
        String label =
            (series > 1 ? chart.series().get(s).name() + ": " : "")
                + (v == null ? "none" : v.toPlainString());
        if (PAD + w + 6 + label.length() * CHAR <= WIDTH) {
          text(b, PAD + w + 6, top + BAR - 3, label, null);
        } else {
          // No room after a long bar: the value inside its end, white on the bar's colour.
          b.append("<text x=\"").append(PAD + w - 6).append("\" y=\"").append(top + BAR - 3);
          b.append("\" text-anchor=\"end\" fill=\"#ffffff\">").append(esc(label)).append("</text>");
        }
      }
    }
    return b.append("</svg>").toString();
  }

  /**
   * The top of the value axis: the largest value rounded up to 1, 2, 4, 6, 8 or 10 times a power of
   * ten (so its half is a round number too); 1 when every value is zero or none.
   */
  static double niceMax(Chart chart) {
    double largest = 0;
    for (int c = 0; c < chart.categories().size(); c++) {
      for (int s = 0; s < chart.series().size(); s++) {
        BigDecimal v = chart.value(c, s);
        if (v != null) {
          largest = Math.max(largest, v.doubleValue());
        }
      }
    }
    if (largest <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(largest)));
    for (int step : new int[] {1, 2, 4, 6, 8, 10}) {
      if (largest <= step * power * (1 + 1e-9)) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String shorten(String s) {
    return s.length() <= LABEL_CHARS ? s : s.substring(0, LABEL_CHARS - 1) + "…";
  }

  private static void rect(StringBuilder b, int x, int y, int w, int h, String fill) {
    b.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w);
    b.append("\" height=\"").append(h).append("\" fill=\"").append(fill).append("\"/>");
  }

  private static void text(StringBuilder b, int x, int y, String s, String anchor) {
    b.append("<text x=\"").append(x).append("\" y=\"").append(y).append('"');
    if (anchor != null) {
      b.append(" text-anchor=\"").append(anchor).append('"');
    }
    b.append('>').append(esc(s)).append("</text>");
  }

  /** {@code s} as XML text (and attribute) content. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
