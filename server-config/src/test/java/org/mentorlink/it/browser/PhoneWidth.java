package org.mentorlink.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The page a {@link Chromium} shows, at phone width: the window is emulated as a phone's ({@code
 * Emulation.setDeviceMetricsOverride}, mobile, 1× pixels), the tool's frame of the course page
 * reflows to it, and the tool's document must not be wider than its window (no sideways scroll; a
 * table or code block may scroll only inside its own container), and no text may be set to break
 * inside words ({@code overflow-wrap: anywhere}, {@code word-break: break-all}) outside code. The
 * window is put back to its desktop size afterwards.
 */
public final class PhoneWidth {
  /** The narrowest width WCAG's reflow criterion asks for (1.4.10), and a common phone's. */
  public static final List<Integer> WIDTHS = List.of(320, 375);

  private static final String MEASURE =
      "var d = document.scrollingElement || document.documentElement;"
          + "var wide = [];"
          + "document.querySelectorAll('main *').forEach(function (e) {"
          + "  var r = e.getBoundingClientRect();"
          + "  if (r.right > d.clientWidth + 1 && r.width > 0 && !e.closest('[data-scroll-region]')"
          + "      && getComputedStyle(e).position !== 'absolute') {"
          + "    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "      + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '')"
          + "      + ' right=' + Math.round(r.right));"
          + "  }"
          + "});"
          + "var broken = [];"
          + "document.querySelectorAll('main td, main th, main dd, main dt, main p, main li, main h1, main h2, main h3, main a, main span')"
          + ".forEach(function (e) {"
          + "  var s = getComputedStyle(e);"
          + "  if ((s.overflowWrap === 'anywhere' || s.wordBreak === 'break-all') && !e.closest('code')) {"
          + "    broken.push(e.tagName.toLowerCase() + ': ' + e.textContent.trim().slice(0, 40));"
          + "  }"
          + "});"
          + "return {scrollWidth: d.scrollWidth, width: d.clientWidth, height: d.scrollHeight,"
          + " wide: wide.slice(0, 10), broken: broken.slice(0, 10)};";

  private PhoneWidth() {}

  /**
   * Checks the current page at each of {@link #WIDTHS}; saves a screenshot at desktop width as
   * {@code desktop-<name>.png} and the whole page at the narrowest as {@code phone-<name>.png}.
   * Returns the phone screenshot.
   */
  @SuppressWarnings("unchecked")
  public static Path assertReadable(Chromium browser, String name) {
    Path shot = null;
    browser.screenshot("desktop-" + fileName(name));
    try {
      for (int width : WIDTHS) {
        emulate(browser, width);
        Map<String, Object> m = (Map<String, Object>) browser.driver().executeScript(MEASURE);
        long scrollWidth = ((Number) m.get("scrollWidth")).longValue();
        long window = ((Number) m.get("width")).longValue();
        System.out.printf(
            "[phone] %-40s %d px: document %d px wide, %d px of it visible%n",
            name, width, scrollWidth, window);
        assertTrue(
            scrollWidth <= window,
            () ->
                name
                    + " scrolls sideways at "
                    + width
                    + " px: document "
                    + scrollWidth
                    + " px wide, "
                    + window
                    + " px visible; wider than the window: "
                    + m.get("wide"));
        assertTrue(
            ((List<?>) m.get("broken")).isEmpty(),
            () -> name + " breaks words inside: " + m.get("broken"));
        if (shot == null) {
          // The whole page: a window tall enough for the tool's frame to show all of it.
          long tall = Math.min(6000, ((Number) m.get("height")).longValue() + 160);
          emulate(browser, width, (int) Math.max(740, tall));
          shot = browser.screenshot("phone-" + fileName(name));
        }
      }
    } finally {
      restore(browser);
    }
    return shot;
  }

  private static void emulate(Chromium browser, int width) {
    emulate(browser, width, 740);
  }

  private static void emulate(Chromium browser, int width, int height) {
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    settle(browser);
  }

  private static void restore(Chromium browser) {
    browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    settle(browser);
  }

  /** Two animation frames: the new width is laid out. */
  private static void settle(Chromium browser) {
    browser
        .driver()
        .executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });");
  }

  static String fileName(String page) {
    String s = page.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.length() > 80 ? s.substring(0, 80) : s;
  }
}
