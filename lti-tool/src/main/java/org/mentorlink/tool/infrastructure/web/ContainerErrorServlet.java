package org.mentorlink.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of every error the web container raises itself, outside JAX-RS (web.xml's {@code
 * <error-page>}s): a badly encoded path, a servlet's {@code sendError}, an exception escaping a
 * servlet. Under {@code /api} it answers problem+json, elsewhere the plain error page — both with
 * the request id and the security headers, never a class name or stack. Called directly it is just
 * "not found".
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

  static final String PATH = "/_error";

  @Inject transient ErrorPages errors;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object thrown = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 404;
    String path = uri instanceof String s ? s : req.getRequestURI();
    String id = req.getAttribute(RequestIds.ATTRIBUTE) instanceof String s ? s : null;
    if (id == null) {
      id = RequestIds.accept(req.getHeader(RequestIds.HEADER));
    }
    RequestIds.Current outer = RequestIds.get();
    RequestIds.set(new RequestIds.Current(id, req.getMethod(), RequestIds.loggable(path)));
    try {
      if (thrown instanceof Throwable t && status >= 500) {
        LOG.log(
            Level.SEVERE,
            RequestIds.tag() + "Unexpected error on " + RequestIds.describe(),
            strip(t));
      }
      ErrorPages.Problem problem = problem(status);
      ErrorPages.logRefusal(problem);
      boolean api = path.startsWith("/api/") || path.equals("/api");
      byte[] body =
          (api ? ErrorPages.problemJson(problem) : errors.page(problem))
              .getBytes(StandardCharsets.UTF_8);
      resp.resetBuffer();
      resp.setStatus(status);
      resp.setHeader(RequestIds.HEADER, id);
      resp.setContentType(api ? "application/problem+json" : "text/html; charset=UTF-8");
      resp.setHeader("Cache-Control", "no-store");
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Referrer-Policy", "same-origin");
      resp.setHeader("Content-Security-Policy", SecurityHeaders.policyFramedBy(api ? "" : "*"));
      resp.setContentLength(body.length);
      resp.getOutputStream().write(body);
    } finally {
      RequestIds.set(outer);
    }
  }

  static ErrorPages.Problem problem(int status) {
    return switch (status) {
      case 400 ->
          new ErrorPages.Problem(
              400,
              "REQUEST_URI_INVALID",
              "The address is not valid: it holds characters or encodings that are not allowed.");
      case 401, 403 -> new ErrorPages.Problem(status, "FORBIDDEN", "You may not see this.");
      case 404 -> new ErrorPages.Problem(404, "NOT_FOUND", "There is nothing here.");
      case 405 ->
          new ErrorPages.Problem(405, "METHOD_NOT_ALLOWED", "That method is not allowed here.");
      case 413 -> new ErrorPages.Problem(413, "REQUEST_TOO_LARGE", "The request is too large.");
      case 414 -> new ErrorPages.Problem(414, "REQUEST_URI_INVALID", "The address is too long.");
      case 415 ->
          new ErrorPages.Problem(
              415, "UNSUPPORTED_MEDIA_TYPE", "That content type is not supported here.");
      default ->
          status < 500
              ? new ErrorPages.Problem(
                  status, "BAD_REQUEST", "The request could not be understood.")
              : new ErrorPages.Problem(
                  status,
                  "INTERNAL_ERROR",
                  "Something went wrong on our side. If it happens again, quote reference "
                      + RequestIds.current()
                      + ".");
    };
  }

  private static Throwable strip(Throwable e) {
    Throwable copy = new Throwable(e.getClass().getName());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
