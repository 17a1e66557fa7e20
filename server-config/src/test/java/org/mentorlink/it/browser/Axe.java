package org.mentorlink.it.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;

/**
 * axe-core at WCAG 2.2 AA (the rules tagged {@value #TAG_LIST}) on the page a {@link Chromium}
 * shows — the whole window, so a tool page in the course page's cross-site iframe is checked with
 * its frame (targets inside the frame come as {@code [frame, selector]}).
 */
public final class Axe {
  static final String TAG_LIST = "wcag2a, wcag2aa, wcag21aa, wcag22aa";
  public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

  private Axe() {}

  /** The results for the whole window; the browser is put back into the tool's frame if it was. */
  public static Results analyze(Chromium browser) {
    boolean inFrame = browser.inToolFrame();
    browser.driver().switchTo().defaultContent();
    try {
      return new AxeBuilder().withTags(TAGS).analyze(browser.driver());
    } finally {
      if (inFrame) {
        browser.enterToolFrame();
      }
    }
  }

  /**
   * Fails with a readable report when axe finds a violation on the page called {@code page}; prints
   * one line with the counts either way.
   */
  public static Results assertNoViolations(Chromium browser, String page) {
    long start = System.nanoTime();
    Results r = analyze(browser);
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (r.isErrored()) {
      throw new AssertionError("axe failed on " + page + ": " + r.getErrorMessage());
    }
    System.out.printf(
        "[axe] %-40s %d violations, %d passes, %d to review (%d ms)%n",
        page, r.getViolations().size(), r.getPasses().size(), r.getIncomplete().size(), millis);
    if (!r.getViolations().isEmpty()) {
      throw new AssertionError(
          "axe (WCAG 2.2 AA) found violations on "
              + page
              + " ("
              + r.getUrl()
              + "):\n"
              + report(r.getViolations()));
    }
    return r;
  }

  /** Rule, impact, help, and each node's target, HTML and failure summary. */
  public static String report(List<Rule> rules) {
    StringBuilder b = new StringBuilder();
    for (Rule rule : rules) {
      b.append("- ")
          .append(rule.getId())
          .append(" (")
          .append(rule.getImpact())
          .append("): ")
          .append(rule.getHelp())
          .append("\n  ")
          .append(rule.getHelpUrl())
          .append('\n');
      for (CheckedNode n : rule.getNodes()) {
        b.append("    at ").append(n.getTarget()).append('\n');
        b.append("       ").append(n.getHtml()).append('\n');
        if (n.getFailureSummary() != null) {
          b.append("       ").append(n.getFailureSummary().replace("\n", "\n       ")).append('\n');
        }
      }
    }
    return b.toString();
  }
}
