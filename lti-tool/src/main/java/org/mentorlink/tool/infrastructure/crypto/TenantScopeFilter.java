package org.mentorlink.tool.infrastructure.crypto;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Every request starts and ends with no registration in {@link TenantScope} (pooled threads). */
@WebFilter(filterName = "TenantScopeFilter", urlPatterns = "/*", asyncSupported = true)
public class TenantScopeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    TenantScope.clear();
    try {
      chain.doFilter(req, res);
    } finally {
      TenantScope.clear();
    }
  }
}
