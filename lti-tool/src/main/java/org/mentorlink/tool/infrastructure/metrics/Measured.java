package org.mentorlink.tool.infrastructure.metrics;

/**
 * A store with gauges of its own (active sessions, the outbox's depth): {@link GaugeRefresher} asks
 * every one to measure itself in the background, so a scrape of {@code /metrics} reads the last
 * values and never waits for the database.
 */
public interface Measured {
  /** Reads the store's figures and sets its gauges; may throw when the database is unavailable. */
  void measure();
}
