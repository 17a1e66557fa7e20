package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.CpdService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdKind;
import org.mentorlink.domain.scheme.CpdSettings;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Paging;
import org.mentorlink.tool.api.binding.DateWindow;
import org.mentorlink.tool.api.binding.Within;
import org.mentorlink.tool.bridge.PassbackStatus;
import org.mentorlink.tool.exports.CsvCells;
import org.mentorlink.tool.exports.DocumentDownloads;
import org.mentorlink.tool.session.CurrentSession;

/** The CPD ledger: my log and its exports, reflections, mentor activities, the approval queue. */
@Path("/api/cpd")
@RequestScoped
@Tag(name = "CPD")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CpdResource {
  static final String[] CSV_HEADER = {
    "id",
    "cpd_year",
    "date",
    "activity",
    "description",
    "role",
    "category",
    "hours",
    "state",
    "credit",
    "reflection",
    "reversal_of",
    "reversal_reason",
    "reversed"
  };

  @Inject CurrentSession scope;
  @Inject CpdService cpd;
  @Inject DocumentDownloads documents;
  @Inject PassbackStatus passback;

  /** Body of a reflection. */
  public record ReflectionBody(
      @Schema(required = true) String reflection, Boolean share, Boolean impact) {}

  /** Body of a mentor's training or supervision. */
  public record ActivityBody(
      @Schema(required = true) CpdActivity activity,
      @Schema(required = true) String description,
      @Within(DateWindow.CPD_ACTIVITY)
          @Schema(required = true, description = DateWindow.Docs.CPD_ACTIVITY)
          LocalDate date,
      @Schema(required = true, description = Bodies.HOURS) String hours,
      CpdKind kind) {}

  /** Body of the scheme's CPD settings. */
  public record SettingsBody(
      Boolean impactMultiplier,
      Integer yearlyTarget,
      Boolean gradebookPassback,
      @Schema(
              description =
                  "Confirms that switching gradebook passback on under \"only the lead knows\""
                      + " shows every teacher of the course who is mentored"
                      + " (PASSBACK_REVEALS_MENTEES without it)")
          Boolean confirmReveal) {}

  @GET
  @Operation(summary = "My CPD log: years newest first, with totals and entries")
  public Views.CpdLog myLog() {
    return cpd.myLog(scope.actor(), scope.course());
  }

  @POST
  @Path("/entries/{id}/reflection")
  @Operation(summary = "Reflect on an entry (and choose whether educators may read it)")
  public Views.CpdLog reflect(@PathParam("id") String id, ReflectionBody b) {
    Bodies.required(b);
    return cpd.reflect(
        scope.actor(),
        scope.course(),
        id,
        b.reflection(),
        Boolean.TRUE.equals(b.share()),
        Boolean.TRUE.equals(b.impact()));
  }

  @POST
  @Path("/activities")
  @Operation(summary = "Log mentor training or supervision (mentors)")
  public Response logActivity(ActivityBody b) {
    Bodies.required(b);
    if (b.activity() == null) {
      throw new DomainException("VALIDATION_FAILED", "The activity is required.");
    }
    return Response.status(201)
        .entity(
            cpd.logActivity(
                scope.actor(),
                scope.course(),
                b.activity(),
                b.description(),
                b.date(),
                CpdHours.of(b.hours()),
                b.kind()))
        .build();
  }

  @POST
  @Path("/entries/{id}/reverse")
  @Operation(summary = "Correct an entry by a reversing entry with a reason (owner or coordinator)")
  public Response reverse(@PathParam("id") String id, Bodies.ReasonBody b) {
    return Response.status(201)
        .entity(cpd.reverse(scope.actor(), scope.course(), id, Bodies.required(b).reason()))
        .build();
  }

  @GET
  @Path("/approvals")
  @Operation(summary = "Entries waiting for approval (coordinators): no session content")
  @Guarded.Matching
  public Views.Page<Views.ApprovalItem> queue(@BeanParam PageQuery paging) {
    Paging page = paging.paging();
    return cpd.queue(scope.actor(), scope.course(), page.page(), page.size());
  }

  @POST
  @Path("/approvals/{id}/approve")
  @Operation(summary = "Approve an entry (coordinators, never their own)")
  @Guarded.Matching
  public Response approve(@PathParam("id") String id) {
    cpd.approve(scope.actor(), scope.course(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("/approvals/{id}/return")
  @Operation(summary = "Return an entry for another reflection, with a reason (coordinators)")
  @Guarded.Matching
  public Response returnEntry(@PathParam("id") String id, Bodies.ReasonBody b) {
    cpd.returnEntry(scope.actor(), scope.course(), id, Bodies.required(b).reason());
    return Response.noContent().build();
  }

  @GET
  @Path("/passback")
  @Operation(
      summary =
          "Scores passed back to the gradebook (coordinators): sent, pending or failed and why")
  @Guarded.Matching
  public Views.Page<PassbackStatus.Item> passback(@BeanParam PageQuery paging) {
    Paging page = paging.paging();
    return passback.page(scope.actor(), scope.course(), page.page(), page.size());
  }

  @GET
  @Path("/settings")
  @Operation(summary = "The scheme's CPD settings")
  public CpdSettings settings() {
    return cpd.settings(scope.actor(), scope.course());
  }

  @PUT
  @Path("/settings")
  @Operation(summary = "Change the scheme's CPD settings (coordinators)")
  @Guarded.Coordinator
  public CpdSettings changeSettings(SettingsBody b) {
    Bodies.required(b);
    CpdSettings now = cpd.settings(scope.actor(), scope.course());
    return cpd.changeSettings(
        scope.actor(),
        scope.course(),
        new CpdSettings(
            b.impactMultiplier() == null ? now.impactMultiplier() : b.impactMultiplier(),
            b.yearlyTarget() == null ? now.yearlyTarget() : b.yearlyTarget(),
            b.gradebookPassback() == null ? now.gradebookPassback() : b.gradebookPassback()),
        Boolean.TRUE.equals(b.confirmReveal()));
  }

  @GET
  @Path("/export.json")
  @APIResponse(
      responseCode = "200",
      description = "The log as a JSON download",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @Operation(summary = "My CPD log as a JSON download (one year with ?year=2025/26, or all)")
  public Response exportJson(@QueryParam("year") String year) {
    Views.CpdLog log = filtered(year, "JSON");
    return Response.ok(log)
        .header("Content-Disposition", "attachment; filename=\"mentorlink-cpd.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/export.csv")
  @Produces("text/csv")
  @APIResponse(
      responseCode = "200",
      description = "The log as CSV; text cells that would start a formula begin with '",
      content = @Content(mediaType = "text/csv"))
  @Operation(summary = "My CPD log as CSV (one year with ?year=2025/26, or all)")
  public Response exportCsv(@QueryParam("year") String year) throws IOException {
    Views.CpdLog log = filtered(year, "CSV");
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
      for (Views.CpdYearView y : log.years()) {
        for (Views.CpdEntryView e : y.entries()) {
          csv.printRecord(
              CsvCells.row(
                  e.id(),
                  y.label(),
                  e.date(),
                  e.activity(),
                  e.description(),
                  e.role(),
                  e.kind(),
                  e.hours(),
                  e.state(),
                  e.credit(),
                  e.reflection(),
                  e.reverses(),
                  e.reversalReason(),
                  e.reversed()));
        }
      }
    }
    return Response.ok(out.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"mentorlink-cpd.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/certificate.pdf")
  @Produces(DocumentDownloads.PDF)
  @APIResponse(
      responseCode = "200",
      description = "The certificate",
      content = @Content(mediaType = DocumentDownloads.PDF))
  @APIResponse(
      responseCode = "409",
      description =
          "NO_CPD_CREDIT: the year has no approved credit, so there is no certificate for it",
      content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
  @Tag(name = "Documents")
  @Operation(
      summary =
          "My CPD certificate for a CPD year (?year=2025/26; the current year without it): a PDF"
              + " with a verification code checkable at /verify/{code}")
  public Response certificate(@QueryParam("year") String year, @Context UriInfo uriInfo) {
    return documents.certificate(scope.actor(), scope.course(), year, uriInfo);
  }

  private Views.CpdLog filtered(String year, String format) {
    Views.CpdLog log = cpd.exportLog(scope.actor(), scope.course(), format);
    if (year == null || year.isBlank()) {
      return log;
    }
    List<Views.CpdYearView> years =
        log.years().stream().filter(y -> y.label().equals(year)).toList();
    if (years.isEmpty()) {
      throw new DomainException(
          "UNKNOWN_CPD_YEAR", "Your log has no such CPD year: give one as 2025/26.");
    }
    return new Views.CpdLog(log.yearlyTarget(), years);
  }
}
