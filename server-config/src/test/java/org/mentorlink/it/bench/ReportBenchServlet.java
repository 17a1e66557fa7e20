package org.mentorlink.it.bench;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The report benchmark's helper inside the test server (deployed by {@code ReportBenchmarkIT},
 * never part of the tool), so that the embedded database — which only the server's process can open
 * — is reached like PostgreSQL: {@code POST /generate} fills schemes with {@link ReportData},
 * {@code GET /sql} runs {@link ReportSql} on each scheme named and answers the figures and the time
 * the statements took, as JSON.
 */
@WebServlet(urlPatterns = {"/generate", "/sql", "/ready/*"})
public class ReportBenchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Resource(lookup = "jdbc/mentorlink")
  private transient DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ReportData.Plan plan =
        new ReportData.Plan(
            Integer.parseInt(req.getParameter("mentees")),
            Integer.parseInt(req.getParameter("mentors")),
            Integer.parseInt(req.getParameter("sessions")),
            Integer.parseInt(req.getParameter("cpd")),
            Long.parseLong(req.getParameter("seed")));
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      ReportData.Made made = ReportData.fill(c, req.getParameter("tenant"), schemes(req), plan);
      json(
          resp,
          "{\"made\":\"" + made + "\",\"millis\":" + (System.nanoTime() - start) / 1_000_000 + "}");
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (req.getServletPath().equals("/ready")) {
      json(resp, "{}");
      return;
    }
    LocalDate from = LocalDate.parse(req.getParameter("from"));
    LocalDate to = LocalDate.parse(req.getParameter("to"));
    StringBuilder out = new StringBuilder("{\"schemes\":{");
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      boolean first = true;
      for (String scheme : schemes(req)) {
        Map<String, String> f = ReportSql.figures(c, req.getParameter("tenant"), scheme, from, to);
        out.append(first ? "" : ",").append('"').append(scheme).append("\":{");
        first = false;
        boolean firstFigure = true;
        for (Map.Entry<String, String> e : f.entrySet()) {
          out.append(firstFigure ? "" : ",")
              .append('"')
              .append(e.getKey())
              .append("\":\"")
              .append(e.getValue())
              .append('"');
          firstFigure = false;
        }
        out.append('}');
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    out.append("},\"nanos\":").append(System.nanoTime() - start).append('}');
    json(resp, out.toString());
  }

  private static List<String> schemes(HttpServletRequest req) {
    return Arrays.stream(req.getParameter("schemes").split(",")).filter(s -> !s.isBlank()).toList();
  }

  private static void json(HttpServletResponse resp, String body) throws IOException {
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.getWriter().write(body);
  }
}
