package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.AuditTrail;
import org.mentorlink.domain.app.AuditViews;
import org.mentorlink.domain.app.Views;
import org.mentorlink.tool.exports.CsvCells;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The scheme's audit trail, for its lead: who read which record or did what, when (UTC) — ids and
 * codes, never content — on a paged page and as a CSV download. Both readings are recorded too.
 */
@Path("/app/coordinator/audit")
@RequestScoped
public class AuditPages {
  static final int PAGE_SIZE = 50;

  static final String[] CSV_HEADER = {
    "at_utc",
    "registration_id",
    "scheme_id",
    "actor_id",
    "actor_name",
    "action",
    "record_type",
    "record_id",
    "detail"
  };

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** One line of the page. */
  public record Row(
      String at, String who, String action, String recordType, String recordId, String detail) {}

  @Inject CurrentSession current;
  @Inject AuditTrail audit;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response page(@QueryParam("page") int page) {
    Views.Page<AuditViews.EntryView> entries =
        audit.forScheme(current.actor(), current.course(), Math.max(0, page), PAGE_SIZE);
    List<Row> rows =
        entries.items().stream()
            .map(
                e ->
                    new Row(
                        UTC.format(e.at()),
                        e.actorName(),
                        e.action().name(),
                        e.recordType(),
                        e.recordId(),
                        e.detail()))
            .toList();
    Map<String, Object> m = screens.model(null);
    m.put("entries", entries);
    m.put("rows", rows);
    m.put("pageUrl", "/app/coordinator/audit?page=");
    return screens.render("app/coordinator/audit", m);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(hidden = true)
  public Response csv() throws IOException {
    List<AuditViews.EntryView> entries = audit.exportScheme(current.actor(), current.course());
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
      for (AuditViews.EntryView e : entries) {
        csv.printRecord(
            CsvCells.row(
                e.at().toString(),
                e.registrationId(),
                e.schemeId(),
                e.actorId(),
                e.actorName(),
                e.action().name(),
                e.recordType(),
                e.recordId(),
                e.detail()));
      }
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"mentorlink-audit.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
