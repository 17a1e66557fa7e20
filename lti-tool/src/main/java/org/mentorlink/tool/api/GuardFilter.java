package org.mentorlink.tool.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.mentorlink.domain.app.ClaimService;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.tool.session.CurrentSession;

/**
 * Decides the {@link Guarded} rights of an operation after authentication (the session and CSRF
 * checks) and before the body is read. Answers as the services would: 404 for a course without a
 * scheme or a relationship the caller is no party of, 403 for a role the caller lacks.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class GuardFilter implements ContainerRequestFilter {
  @Inject CurrentSession current;
  @Inject SchemeService schemes;
  @Inject RelationshipService relationships;
  @Inject ClaimService claims;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (has(Guarded.Lead.class)) {
      schemes.requireLead(current.actor(), current.course());
    } else if (has(Guarded.Matching.class)) {
      schemes.requireMatching(current.actor(), current.course());
    } else if (has(Guarded.Coordinator.class)) {
      schemes.requireCoordinator(current.actor(), current.course());
    }
    String id = request.getUriInfo().getPathParameters().getFirst("id");
    if (id != null && has(Guarded.RelationshipParty.class)) {
      relationships.requireParty(current.actor(), current.course(), id);
    }
    if (id != null && has(Guarded.RelationshipMentor.class)) {
      claims.requireMentorOf(current.actor(), current.course(), id);
    }
  }

  private boolean has(Class<? extends Annotation> guard) {
    Method m = resource.getResourceMethod();
    return (m != null && m.isAnnotationPresent(guard))
        || (resource.getResourceClass() != null
            && resource.getResourceClass().isAnnotationPresent(guard));
  }
}
