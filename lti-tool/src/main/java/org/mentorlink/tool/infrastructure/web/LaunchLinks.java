package org.mentorlink.tool.infrastructure.web;

import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Links of the pages ({@code @{/app/...}} in templates): context-relative, and — when the page
 * belongs to a launch (template variable {@value #VARIABLE}) — carrying that launch's handle in
 * {@value #PARAM}, so every link and form of a tab stays in the course that tab was launched from.
 */
public final class LaunchLinks extends StandardLinkBuilder {
  /** The query parameter that names the launch a page belongs to. */
  public static final String PARAM = "launch";

  /** The template variable holding the page's launch handle. */
  public static final String VARIABLE = "launchHandle";

  @Override
  protected String computeContextPath(
      IExpressionContext context, String base, Map<String, Object> parameters) {
    return ""; // the application is served from the context root
  }

  @Override
  protected String processLink(IExpressionContext context, String link) {
    Object handle = context.getVariable(VARIABLE);
    return withLaunch(link, handle == null ? null : handle.toString());
  }

  /** The path with the launch handle added when it leads into the application's own pages. */
  public static String withLaunch(String path, String handle) {
    if (handle == null || !ownsHandle(path) || path.contains(PARAM + "=")) {
      return path;
    }
    int hash = path.indexOf('#');
    String where = hash < 0 ? path : path.substring(0, hash);
    String fragment = hash < 0 ? "" : path.substring(hash);
    return where + (where.contains("?") ? "&" : "?") + PARAM + "=" + handle + fragment;
  }

  static boolean ownsHandle(String path) {
    return (path.startsWith("/app") || path.startsWith("/api/"))
        && !path.startsWith("/api/operator");
  }
}
