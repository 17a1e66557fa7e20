package org.mentorlink.tool.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartSvgTest {
  private static Chart chart(String name, List<BigDecimal> a, List<BigDecimal> b) {
    List<Chart.Series> series = new ArrayList<>();
    series.add(new Chart.Series("Approved", a));
    if (b != null) {
      series.add(new Chart.Series("Waiting", b));
    }
    return new Chart(
        "claims", "Claims <& \"fees\">", "Claimed", "Pounds", List.of(name, "Travel"), series);
  }

  private static List<BigDecimal> nums(String... v) {
    return Arrays.stream(v).map(x -> x == null ? null : new BigDecimal(x)).toList();
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> all(Document d, String tag) {
    NodeList n = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add((Element) n.item(i));
    }
    return out;
  }

  @Test
  void anAccessibleImageWithTitleAndDescriptionOfAllItsData() throws Exception {
    Chart c = chart("Session fees", nums("750.00", "25.50"), nums("250.00", "0.00"));
    Document d = parse(BarChartSvg.svg(c));
    Element svg = d.getDocumentElement();
    assertEquals("img", svg.getAttribute("role"));
    assertTrue(svg.getAttribute("viewBox").startsWith("0 0 400 "), svg.getAttribute("viewBox"));
    assertFalse(svg.hasAttribute("width"), "scales with its viewBox");
    assertFalse(svg.hasAttribute("style"), "nothing styled inline (CSP)");
    String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
    assertEquals("Claims <& \"fees\">", byId(d, labelledBy[0]).getTextContent());
    assertEquals(
        "Session fees: Approved 750.00, Waiting 250.00; Travel: Approved 25.50, Waiting 0.00.",
        byId(d, labelledBy[1]).getTextContent());
    List<String> texts = all(d, "text").stream().map(Element::getTextContent).toList();
    assertTrue(texts.contains("Approved: 750.00"), texts.toString());
    assertTrue(texts.contains("Waiting: 0.00"), texts.toString());
    assertTrue(texts.contains("Pounds"), "the axis is labelled");
    assertTrue(
        texts.contains("0") && texts.contains("800"), "ticks from 0 to a round top: " + texts);
  }

  private static Element byId(Document d, String id) {
    for (String tag : List.of("title", "desc")) {
      for (Element e : all(d, tag)) {
        if (id.equals(e.getAttribute("id"))) {
          return e;
        }
      }
    }
    throw new AssertionError("no element " + id);
  }

  @Test
  void barsAreInProportionToTheirValues() throws Exception {
    Chart c = chart("Session fees", nums("400", "100"), null);
    Document d = parse(BarChartSvg.svg(c));
    List<Element> bars = all(d, "rect");
    assertEquals(2, bars.size(), "one bar per value, no legend for one series");
    int a = Integer.parseInt(bars.get(0).getAttribute("width"));
    int b = Integer.parseInt(bars.get(1).getAttribute("width"));
    assertEquals(4.0, a / (double) b, 0.05);
    // 400 rounds up to 400: the longest bar fills the plot (400 wide less 8 each side).
    assertEquals(384, a);
  }

  @Test
  void zeroAndNoneDrawNoBarAndSayWhatTheyAre() throws Exception {
    Document d = parse(BarChartSvg.svg(chart("Session fees", nums("0", null), null)));
    assertEquals(0, all(d, "rect").size());
    List<String> texts = all(d, "text").stream().map(Element::getTextContent).toList();
    assertTrue(texts.contains("0") && texts.contains("none"), texts.toString());
  }

  @Test
  void namesAreEscapedAndLongOnesShortened() throws Exception {
    String evil = "<script>alert(1)</script> & a very long scheme name that goes on and on";
    String svg = BarChartSvg.svg(chart(evil, nums("1", "2"), null));
    assertFalse(svg.contains("<script>"), svg);
    Document d = parse(svg);
    assertTrue(
        all(d, "text").stream().anyMatch(t -> t.getTextContent().startsWith("<script>alert(1)")));
    assertTrue(
        all(d, "text").stream().anyMatch(t -> t.getTextContent().endsWith("…")),
        "a long name is shortened in the chart (the table has it whole)");
  }

  @Test
  void theAxisTopIsARoundNumber() {
    assertEquals(1, BarChartSvg.niceMax(chart("a", nums("0", null), null)));
    assertEquals(4, BarChartSvg.niceMax(chart("a", nums("3", "1"), null)));
    assertEquals(10, BarChartSvg.niceMax(chart("a", nums("9", "1"), null)));
    assertEquals(40, BarChartSvg.niceMax(chart("a", nums("25.50", "1"), null)));
    assertEquals(800, BarChartSvg.niceMax(chart("a", nums("750.00", "1"), null)));
    assertEquals(1000, BarChartSvg.niceMax(chart("a", nums("1000", "1"), null)));
  }

  @Test
  void aValueWithoutRoomAfterItsBarIsWrittenInsideIt() throws Exception {
    Document d = parse(BarChartSvg.svg(chart("Fees", nums("1000", "10"), nums("990", "0"))));
    Element inside =
        all(d, "text").stream()
            .filter(t -> t.getTextContent().equals("Approved: 1000"))
            .findFirst()
            .orElseThrow();
    assertEquals("end", inside.getAttribute("text-anchor"));
    assertEquals("#ffffff", inside.getAttribute("fill"));
  }
}
