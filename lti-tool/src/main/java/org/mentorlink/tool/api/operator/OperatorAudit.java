package org.mentorlink.tool.api.operator;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorlink.domain.app.AuditTrail;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;

/**
 * Writes every call of the operator API to the audit trail, answered or refused: the method and the
 * path template (never the path's values, the body or the token), the status, and the registration
 * named by the path's {@code {id}}. A call refused for its token is recorded as a refusal by
 * "anonymous".
 */
@Provider
@OperatorOnly
@Priority(Priorities.AUTHENTICATION)
public class OperatorAudit implements ContainerResponseFilter {
  private static final Logger LOG = Logger.getLogger(OperatorAudit.class.getName());

  @Inject AuditTrail audit;
  @Inject MentorlinkConfig config;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (config.operatorToken().isEmpty()) {
      return; // the operator API is off: nothing was called
    }
    int status = response.getStatus();
    String id = request.getUriInfo().getPathParameters().getFirst("id");
    String detail = request.getMethod() + ":" + template();
    try {
      audit.operatorCall(status != 401, id, detail, status);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "An operator call could not be written to the audit trail");
    }
  }

  private String template() {
    Class<?> type = resource.getResourceClass();
    Method m = resource.getResourceMethod();
    String base =
        type == null || !type.isAnnotationPresent(Path.class)
            ? ""
            : type.getAnnotation(Path.class).value();
    String own =
        m == null || !m.isAnnotationPresent(Path.class) ? "" : m.getAnnotation(Path.class).value();
    return base + (own.startsWith("/") || own.isEmpty() ? "" : "/") + own;
  }
}
