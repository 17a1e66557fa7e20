package org.mentorlink.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips, loudly, the tests of the PostgreSQL pass when PostgreSQL did not answer before the run.
 * The embedded pass always runs.
 */
public class DatabasePass implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!"postgresql".equals(System.getProperty("it.db"))) {
      return ConditionEvaluationResult.enabled("embedded database pass");
    }
    String file = System.getProperty("it.pg.available.file");
    boolean available;
    try {
      available = file != null && "true".equals(Files.readString(Path.of(file)).strip());
    } catch (IOException e) {
      available = false;
    }
    if (available) {
      return ConditionEvaluationResult.enabled("PostgreSQL pass");
    }
    System.err.println(
        "[mentorlink] SKIPPED on PostgreSQL (not reachable): " + context.getDisplayName());
    return ConditionEvaluationResult.disabled("PostgreSQL is not reachable: pass skipped");
  }
}
