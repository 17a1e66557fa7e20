package org.mentorlink.tool.infrastructure.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the style sheet, scripts and images under {@code /static/} from the application's
 * classpath ({@code static/}). Names are checked against a strict pattern, so nothing else on the
 * classpath can be read.
 */
@WebServlet(urlPatterns = "/static/*")
public class StaticAssetsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}");
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "woff2", "font/woff2");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    String name = path == null ? "" : path.substring(1);
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
    if (!SAFE_NAME.matcher(name).matches() || name.contains("..") || type == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream in =
        StaticAssetsServlet.class.getClassLoader().getResourceAsStream("static/" + name)) {
      if (in == null) {
        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      resp.setContentType(type);
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Cache-Control", "public, max-age=3600");
      in.transferTo(resp.getOutputStream());
    }
  }
}
