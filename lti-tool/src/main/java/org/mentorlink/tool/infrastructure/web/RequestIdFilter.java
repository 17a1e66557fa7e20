package org.mentorlink.tool.infrastructure.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request its id ({@link RequestIds}) before anything else runs, and sends it back in
 * {@code X-Request-Id}. On an error dispatch the id of the original request is kept.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestIdFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    Object known = req.getAttribute(RequestIds.ATTRIBUTE);
    String id = known instanceof String s ? s : RequestIds.accept(req.getHeader(RequestIds.HEADER));
    req.setAttribute(RequestIds.ATTRIBUTE, id);
    resp.setHeader(RequestIds.HEADER, id);
    RequestIds.Current outer = RequestIds.get();
    RequestIds.set(
        new RequestIds.Current(id, req.getMethod(), RequestIds.loggable(req.getRequestURI())));
    try {
      chain.doFilter(req, resp);
    } finally {
      RequestIds.set(outer);
    }
  }
}
