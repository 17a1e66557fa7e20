package org.mentorlink.tool.api.operator;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * The operator API exists only while {@code MENTORLINK_OPERATOR_TOKEN} is set (404 otherwise) and
 * answers only {@code Authorization: Bearer <that token>} (401 otherwise), compared in constant
 * time.
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthFilter implements ContainerRequestFilter {
  @Inject MentorlinkConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<String> token = config.operatorToken();
    if (token.isEmpty()) {
      throw new HttpProblem(404, "NOT_FOUND", "There is nothing here.");
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    String given =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : null;
    if (!Secrets.constantTimeEquals(token.get(), given)) {
      throw new HttpProblem(
          401, "OPERATOR_TOKEN_INVALID", "A valid operator bearer token is required.");
    }
  }
}
