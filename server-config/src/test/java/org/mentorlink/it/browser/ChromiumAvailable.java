package org.mentorlink.it.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real-browser tests need {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's
 * {@code chromium} and {@code chromium-driver}). Without them the tests are skipped — loudly: a
 * banner on stderr and a skip reason in the reports — except in CI ({@code CI=true}), which always
 * installs them (.ci/run): there a missing browser fails the tests.
 */
public class ChromiumAvailable implements ExecutionCondition {
  private static final AtomicBoolean BANNER_SHOWN = new AtomicBoolean();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Chromium.installed()) {
      return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
    }
    String missing =
        (java.nio.file.Files.isExecutable(Chromium.BINARY) ? "" : Chromium.BINARY + " ")
            + (java.nio.file.Files.isExecutable(Chromium.DRIVER) ? "" : Chromium.DRIVER + " ");
    String reason =
        "real-browser tests need Chromium and ChromeDriver; missing: "
            + missing.strip()
            + " (install: apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true, but " + reason + ". .ci/run should have installed them.");
    }
    if (BANNER_SHOWN.compareAndSet(false, true)) {
      System.err.println(
          "\n"
              + "**********************************************************************\n"
              + "*  REAL-BROWSER TESTS SKIPPED                                        *\n"
              + "*  "
              + reason
              + "\n"
              + "*  They run (and must pass) in CI.                                   *\n"
              + "**********************************************************************\n");
    }
    System.err.println("[mentorlink] SKIPPED (no Chromium): " + context.getDisplayName());
    return ConditionEvaluationResult.disabled(reason);
  }
}
