package org.mentorlink.tool.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live while the JVM has heap to work with; a database outage does not make the tool "dead". */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    long max = rt.maxMemory();
    boolean ok = used < max * 0.98;
    return HealthCheckResponse.named("heap")
        .status(ok)
        .withData("usedMiB", used / (1024 * 1024))
        .withData("maxMiB", max / (1024 * 1024))
        .build();
  }
}
