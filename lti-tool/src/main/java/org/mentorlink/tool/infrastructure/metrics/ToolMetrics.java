package org.mentorlink.tool.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's metrics, in one place so that their names stay stable (operators alert on
 * them): {@code mentorlink_launches_total{outcome}}, {@code mentorlink_ags_sends_total{result}},
 * {@code mentorlink_platform_keys_fetches_total{result}}, {@code
 * mentorlink_nrps_fetches_total{result}} and the gauges of {@link #gauge(String, String, String)}.
 * A metric that cannot be recorded never fails the request.
 */
@ApplicationScoped
public class ToolMetrics {
  private static final Logger LOG = Logger.getLogger(ToolMetrics.class.getName());

  public static final String LAUNCHES = "mentorlink.launches";
  public static final String AGS_SENDS = "mentorlink.ags.sends";
  public static final String KEY_FETCHES = "mentorlink.platform.keys.fetches";
  public static final String NRPS_FETCHES = "mentorlink.nrps.fetches";

  @Inject MetricRegistry registry;

  /** A launch answered: {@code OK}, or the refusal's stable code. */
  public void launch(String outcome) {
    count(LAUNCHES, "Launches by outcome: OK or the refusal's code", "outcome", outcome);
  }

  /** A score sent to a gradebook: {@code SENT}, {@code LATER} (to be retried) or {@code FAILED}. */
  public void agsSend(String result) {
    count(AGS_SENDS, "Gradebook score sends by result", "result", result);
  }

  /** A platform key set fetched: {@code OK} or {@code FAILED}. */
  public void keysFetch(String result) {
    count(KEY_FETCHES, "Platform key-set (JWKS) fetches by result", "result", result);
  }

  /**
   * A course roster read from the platform (Names and Role Provisioning, all its pages): {@code
   * OK}, or {@code FAILED} when the platform refused, failed or sent something unusable.
   */
  public void nrpsFetch(String result) {
    count(
        NRPS_FETCHES,
        "Course roster (Names and Role Provisioning) reads by result",
        "result",
        result);
  }

  /**
   * A gauge that reads {@code value} (set by whoever measures it, in the background); registered
   * once, returns the holder.
   */
  public AtomicLong gauge(String name, String description, String unit) {
    AtomicLong value = new AtomicLong(-1);
    try {
      registry.gauge(
          Metadata.builder().withName(name).withDescription(description).withUnit(unit).build(),
          value,
          AtomicLong::get);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot register the gauge " + name, e);
    }
    return value;
  }

  private void count(String name, String description, String tag, String value) {
    try {
      registry
          .counter(
              Metadata.builder().withName(name).withDescription(description).build(),
              new Tag(tag, value == null || value.isBlank() ? "UNKNOWN" : value))
          .inc();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Cannot count " + name, e);
    }
  }
}
