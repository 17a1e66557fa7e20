package org.mentorlink.tool.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/**
 * Request bodies and parameters are UTF-8 unless the request names another charset. Liberty, like
 * the Servlet specification, decodes an {@code application/x-www-form-urlencoded} body as
 * ISO-8859-1 when the request names no charset — and browsers and platforms do not name one — so a
 * non-ASCII {@code login_hint} or {@code lti_message_hint} posted by a platform came back
 * mis-decoded and the platform refused the authentication request. This filter runs first for every
 * request of the application (it is registered ahead of any declared filter), before anything reads
 * a parameter; JAX-RS {@code @FormParam}s on Liberty are read through the servlet request's
 * parameters, so they are decoded as UTF-8 too.
 */
public final class Utf8Requests implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    chain.doFilter(request, response);
  }

  /** Registers the filter for every path, ahead of every filter the application declares. */
  @WebListener
  public static final class Registration implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
      FilterRegistration.Dynamic f =
          event.getServletContext().addFilter("utf8Requests", new Utf8Requests());
      f.setAsyncSupported(true);
      f.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
  }
}
