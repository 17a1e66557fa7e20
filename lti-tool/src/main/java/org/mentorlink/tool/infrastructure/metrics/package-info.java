/**
 * The application's own metrics on {@code /metrics} (MicroProfile Metrics, application scope):
 * counters named by outcome, and gauges whose values are refreshed in the background so that a
 * scrape never waits for the database.
 */
package org.mentorlink.tool.infrastructure.metrics;
