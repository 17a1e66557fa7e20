package org.mentorlink.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A real, headless Chromium driven by ChromeDriver — the system's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (overridable with {@code -Dit.chromium} and {@code
 * -Dit.chromedriver}), given explicitly so that Selenium Manager never runs. Each browser has a
 * fresh profile ({@code --user-data-dir}), deleted when it is closed.
 *
 * <p>Besides the driver, the helpers a test of the tool needs: opening a platform's course page and
 * entering the tool's iframe, waiting for a page of the tool, clicking through, reading {@code
 * /api/me} from the page's own origin, and screenshots.
 */
public final class Chromium implements AutoCloseable {
  public static final Path BINARY = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
  public static final Path DRIVER =
      Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));

  /** The id of the tool's iframe on the simulator's course page. */
  public static final String TOOL_FRAME = "tool";

  private static final Duration WAIT = Duration.ofSeconds(30);

  /** How the browser treats third-party cookies. */
  public enum ThirdPartyCookies {
    /** Chromium's own default (headless Chromium 156 blocks them). */
    DEFAULT,
    /** Blocked explicitly ({@code --test-third-party-cookie-phaseout}). */
    BLOCKED,
    /** Allowed ({@code profile.cookie_controls_mode=0}), as in a browser set to allow them. */
    ALLOWED
  }

  /** What a browser is started with. */
  public static final class Options {
    private ThirdPartyCookies thirdPartyCookies = ThirdPartyCookies.DEFAULT;
    private final Map<String, Object> cookieExceptions = new LinkedHashMap<>();

    public Options thirdPartyCookies(ThirdPartyCookies mode) {
      this.thirdPartyCookies = mode;
      return this;
    }

    /**
     * Blocks every cookie of {@code cookieOrigin} — Partitioned ones too — while the top-level page
     * is on {@code topLevelOrigin} (a content-settings exception, as a user or an administrator
     * sets it): the tool's cookies then never come back inside the platform's iframe, while a
     * window of the tool's own still keeps them.
     */
    public Options blockCookiesOf(String cookieOrigin, String topLevelOrigin) {
      cookieExceptions.put(cookieOrigin + "," + topLevelOrigin, Map.of("setting", 2));
      return this;
    }

    ChromeOptions toChromeOptions(Path profile) {
      ChromeOptions o = new ChromeOptions();
      o.setBinary(BINARY.toFile());
      o.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--no-default-browser-check",
          "--window-size=1280,1200",
          "--lang=en-GB",
          "--user-data-dir=" + profile);
      Map<String, Object> prefs = new LinkedHashMap<>();
      switch (thirdPartyCookies) {
        case BLOCKED -> o.addArguments("--test-third-party-cookie-phaseout");
        case ALLOWED -> prefs.put("profile.cookie_controls_mode", 0);
        case DEFAULT -> {}
      }
      if (!cookieExceptions.isEmpty()) {
        prefs.put("profile.content_settings.exceptions.cookies", Map.copyOf(cookieExceptions));
      }
      if (!prefs.isEmpty()) {
        o.setExperimentalOption("prefs", prefs);
      }
      return o;
    }
  }

  public static Options options() {
    return new Options();
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final Path screenshots;
  private boolean inToolFrame;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.screenshots =
        Path.of(System.getProperty("it.screenshots.dir", "target/screenshots")).toAbsolutePath();
  }

  /** Whether the browser and its driver are installed. */
  public static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /** A browser with Chromium's defaults. */
  public static Chromium start() {
    return start(options());
  }

  public static Chromium start(Options options) {
    Path profile;
    try {
      profile = Files.createTempDirectory("mentorlink-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .withEnvironment(Map.of("SE_OFFLINE", "true"))
            .build();
    try {
      return new Chromium(new ChromeDriver(service, options.toChromeOptions(profile)), profile);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profile);
      throw e;
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  // ------------------------------------------------------------------ the platform's course page

  /** Opens a course page of the simulator and enters the tool's iframe. */
  public Chromium openCoursePage(String url) {
    inToolFrame = false;
    driver.switchTo().defaultContent();
    driver.get(url);
    enterToolFrame();
    return this;
  }

  /** Switches into the tool's iframe of the course page (after a check with axe, for example). */
  public void enterToolFrame() {
    driver.switchTo().defaultContent();
    await(d -> d.findElement(By.id(TOOL_FRAME)), "the course page's iframe #" + TOOL_FRAME);
    driver.switchTo().frame(TOOL_FRAME);
    inToolFrame = true;
  }

  /** Whether commands go to the tool's iframe (rather than to a top-level page). */
  public boolean inToolFrame() {
    return inToolFrame;
  }

  /** Switches to the only other window (a link with {@code target="_blank"} opened it). */
  public void switchToNewWindow(Set<String> handlesBefore) {
    String handle =
        await(
            d -> {
              List<String> added = new ArrayList<>(d.getWindowHandles());
              added.removeAll(handlesBefore);
              return added.isEmpty() ? null : added.get(0);
            },
            "a new window");
    driver.switchTo().window(handle);
    inToolFrame = false;
  }

  // ------------------------------------------------------------------ pages of the tool

  /** The path of the current document (inside the frame when in it). */
  public String path() {
    return (String) driver.executeScript("return location.pathname");
  }

  /** The path and query of the current document. */
  public String pathAndQuery() {
    return (String) driver.executeScript("return location.pathname + location.search");
  }

  /** Waits until the current document is complete and its path is {@code path}. */
  public Chromium awaitPath(String path) {
    await(
        d -> {
          Object done =
              driver.executeScript(
                  "return document.readyState === 'complete' && location.pathname === arguments[0]",
                  path);
          return Boolean.TRUE.equals(done) ? Boolean.TRUE : null;
        },
        () -> "the page " + path + " (now on " + safePath() + ": " + headingOrBody() + ")");
    return this;
  }

  /** Waits until the document's {@code h1} contains {@code text}; returns the heading. */
  public String awaitHeading(String text) {
    return await(
        d -> {
          String h = d.findElement(By.tagName("h1")).getText();
          return h.contains(text) ? h : null;
        },
        () ->
            "a heading containing '"
                + text
                + "' (now "
                + safePath()
                + ": "
                + headingOrBody()
                + ")");
  }

  /** The text of the document's {@code h1}. */
  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** The visible text of the document's body. */
  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Clicks {@code element} and waits for the next document to load in the same context. */
  public Chromium clickAndWait(WebElement element) {
    markDocument();
    element.click();
    awaitNewDocument();
    return this;
  }

  /** Clicks the link whose text contains {@code text} and waits for its page. */
  public Chromium follow(String text) {
    return clickAndWait(driver.findElement(By.partialLinkText(text)));
  }

  /** Clicks the submit button whose text contains {@code text} and waits for the answer. */
  public Chromium press(String text) {
    return clickAndWait(button(text));
  }

  /** The (first) button whose text, hidden parts included, contains {@code text}. */
  public WebElement button(String text) {
    return driver.findElement(
        By.xpath("//button[contains(normalize-space(.), " + xpathString(text) + ")]"));
  }

  /** Goes to a path of the current origin, as a link would. */
  public Chromium go(String path) {
    markDocument();
    driver.executeScript("location.assign(arguments[0])", path);
    awaitNewDocument();
    return this;
  }

  /** Replaces the text of the field with id {@code id}. */
  public Chromium type(String id, String text) {
    WebElement e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
    return this;
  }

  /** Ticks the checkbox or radio {@code name} with {@code value} (if not already). */
  public Chromium check(String name, String value) {
    WebElement e =
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
    if (!e.isSelected()) {
      e.click();
    }
    return this;
  }

  /**
   * {@code GET path} from the current document with {@code fetch} (same origin, its cookies): the
   * status and the body, as the page's own JavaScript would see them.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> fetch(String path) {
    Object r =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {headers: {Accept: 'application/json'}, credentials: 'same-origin'})"
                + ".then(function (r) { return r.text().then(function (t) {"
                + " done({status: r.status, body: t}); }); })"
                + ".catch(function (e) { done({status: -1, body: String(e)}); });",
            path);
    return (Map<String, Object>) r;
  }

  /** The status of {@link #fetch}. */
  public int fetchStatus(String path) {
    return ((Number) fetch(path).get("status")).intValue();
  }

  // ------------------------------------------------------------------ screenshots

  /**
   * Saves a screenshot of the window as {@code <it.screenshots.dir>/<name>.png} (with the database
   * pass as a suffix outside the embedded pass); returns the file.
   */
  public Path screenshot(String name) {
    String db = System.getProperty("it.db", "embedded");
    Path file = screenshots.resolve(("embedded".equals(db) ? name : name + "-" + db) + ".png");
    try {
      Files.createDirectories(screenshots);
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  // ------------------------------------------------------------------ waiting

  /** Waits until {@code condition} returns a value that is neither null nor false. */
  public <T> T await(Function<ChromeDriver, T> condition, String what) {
    return await(condition, () -> what);
  }

  public <T> T await(
      Function<ChromeDriver, T> condition, java.util.function.Supplier<String> what) {
    try {
      return new FluentWait<>(driver)
          .withTimeout(WAIT)
          .pollingEvery(Duration.ofMillis(100))
          .ignoring(NoSuchElementException.class)
          .ignoring(StaleElementReferenceException.class)
          .ignoring(JavascriptException.class)
          .until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("timed out waiting for " + what.get(), e);
    }
  }

  private void markDocument() {
    driver.executeScript("document.documentElement.setAttribute('data-it-old', '1')");
  }

  private void awaitNewDocument() {
    await(
        d -> {
          Object fresh =
              d.executeScript(
                  "return document.readyState === 'complete'"
                      + " && !document.documentElement.hasAttribute('data-it-old')");
          return Boolean.TRUE.equals(fresh) ? Boolean.TRUE : null;
        },
        () -> "the next page (still on " + safePath() + ")");
  }

  private String safePath() {
    try {
      return pathAndQuery();
    } catch (WebDriverException e) {
      return "?";
    }
  }

  private String headingOrBody() {
    try {
      String body = bodyText().strip().replaceAll("\\s+", " ");
      return body.length() > 300 ? body.substring(0, 300) + " ..." : body;
    } catch (WebDriverException e) {
      return "?";
    }
  }

  private static String xpathString(String s) {
    if (!s.contains("'")) {
      return "'" + s + "'";
    }
    if (!s.contains("\"")) {
      return "\"" + s + "\"";
    }
    return "concat('" + s.replace("'", "', \"'\", '") + "')";
  }

  private static void deleteTree(Path dir) {
    // Chromium may still be writing to its profile for a moment after quit().
    for (int attempt = 0; attempt < 5 && Files.exists(dir); attempt++) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // retried below
      }
      if (Files.exists(dir)) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
