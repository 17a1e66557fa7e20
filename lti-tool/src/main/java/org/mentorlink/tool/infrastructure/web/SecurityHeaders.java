package org.mentorlink.tool.infrastructure.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Security headers on every response of the application. A resource that must be framed by a
 * platform sets its own {@code Content-Security-Policy} (with that platform's origin as {@code
 * frame-ancestors}); otherwise the page may be framed only by Mentorlink itself.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {
  /** The policy for pages, apart from {@code frame-ancestors}. */
  public static final String BASE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'";

  /** A policy allowing the given origins (space separated, may be empty) to frame the page. */
  public static String policyFramedBy(String origins) {
    String ancestors = origins == null || origins.isBlank() ? "'self'" : "'self' " + origins;
    return BASE_POLICY + "; frame-ancestors " + ancestors;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> h = response.getHeaders();
    h.putSingle("X-Content-Type-Options", "nosniff");
    h.putIfAbsent("Referrer-Policy", java.util.List.of("same-origin"));
    h.putIfAbsent("Content-Security-Policy", java.util.List.of(policyFramedBy("")));
    h.putIfAbsent("Cache-Control", java.util.List.of("no-store"));
  }
}
