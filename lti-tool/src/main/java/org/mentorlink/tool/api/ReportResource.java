package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.ReportService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.report.ReportPeriod;
import org.mentorlink.domain.report.SchemeFigures;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.exports.ChartCsv;
import org.mentorlink.tool.present.Chart;
import org.mentorlink.tool.present.ReportCharts;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The coordinators' reports as JSON, and the CSV behind each chart: one scheme's figures for its
 * lead and every coordinator (numbers only, also under "only the lead knows"), and the hub view of
 * every scheme the lead leads with their total.
 */
@Path("/api/scheme/reports")
@RequestScoped
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
  @Inject CurrentSession scope;
  @Inject ReportService reports;

  /** A chart's data and where its CSV is. */
  public record ChartView(
      String id,
      String title,
      String categoryHeading,
      String axisLabel,
      List<String> categories,
      List<Chart.Series> series,
      String csv) {
    static ChartView of(Chart c, String base, ReportPeriod p) {
      return new ChartView(
          c.id(),
          c.title(),
          c.categoryHeading(),
          c.axisLabel(),
          c.categories(),
          c.series(),
          base + "/charts/" + c.id() + ".csv?from=" + p.from() + "&to=" + p.to());
    }
  }

  /** One scheme's report: the period, the figures, its numbers now, its charts. */
  public record ReportView(
      String period,
      LocalDate from,
      LocalDate to,
      SchemeFigures figures,
      Views.SchemeNumbers now,
      boolean hub,
      List<ChartView> charts) {}

  /** The hub view: each scheme the lead leads, their total, and the charts across schemes. */
  public record HubView(
      String period,
      LocalDate from,
      LocalDate to,
      List<SchemeFigures> schemes,
      SchemeFigures total,
      List<ChartView> charts) {}

  private static final String BASE = "/api/scheme/reports";

  @GET
  @Operation(
      summary =
          "The scheme's report for a period: requests, waits, relationships, sessions against the"
              + " allowance and yearly minimum, mentor load, CPD credit, claims against the budget,"
              + " feedback with at least k answers — counts and sums only (lead and coordinators)")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReportView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A period that cannot be (INVALID_PERIOD, VALIDATION_FAILED, DATE_OUT_OF_RANGE), with"
              + " the field at fault",
      content =
          @Content(
              mediaType = ProblemResponses.PROBLEM_JSON,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @Guarded.Coordinator
  public ReportView report(@BeanParam PeriodQuery q) {
    ReportService.SchemeReport r = scheme(q);
    return new ReportView(
        r.period().preset().key(),
        r.period().from(),
        r.period().to(),
        r.figures(),
        r.now(),
        r.hub(),
        ReportCharts.of(r.figures()).stream().map(c -> ChartView.of(c, BASE, r.period())).toList());
  }

  @GET
  @Path("/charts/{chart}.csv")
  @Produces("text/csv")
  @Operation(
      summary = "The data of one chart of the scheme's report as CSV (lead and coordinators)")
  @APIResponse(
      responseCode = "200",
      description =
          "The chart's heading row and one row per category; text cells that would start a"
              + " formula begin with '",
      content = @Content(mediaType = "text/csv"))
  @APIResponse(
      responseCode = "400",
      description = "A period that cannot be",
      content =
          @Content(
              mediaType = ProblemResponses.PROBLEM_JSON,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @Guarded.Coordinator
  public Response chart(
      @PathParam("chart")
          @Parameter(
              description = "The chart",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "requests",
                        "waits",
                        "relationships",
                        "sessions",
                        "allowance",
                        "minimum",
                        "mentor-load",
                        "cpd",
                        "claims",
                        "budget"
                      }))
          String chart,
      @BeanParam PeriodQuery q) {
    ReportService.SchemeReport r = scheme(q);
    return csv(chart(ReportCharts.of(r.figures()), chart), r.period());
  }

  @GET
  @Path("/hub")
  @Operation(
      summary =
          "The hub view: the report of every scheme of this registration the caller leads, and"
              + " their total (lead only)")
  @APIResponse(
      responseCode = "200",
      description = "Each scheme's figures and the total",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = HubView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A period that cannot be",
      content =
          @Content(
              mediaType = ProblemResponses.PROBLEM_JSON,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @Guarded.Lead
  public HubView hub(@BeanParam PeriodQuery q) {
    ReportService.HubReport h = hubReport(q);
    return new HubView(
        h.period().preset().key(),
        h.period().from(),
        h.period().to(),
        h.schemes(),
        h.total(),
        ReportCharts.hub(h.schemes()).stream()
            .map(c -> ChartView.of(c, BASE + "/hub", h.period()))
            .toList());
  }

  @GET
  @Path("/hub/charts/{chart}.csv")
  @Produces("text/csv")
  @Operation(summary = "The data of one chart of the hub view as CSV (lead only)")
  @APIResponse(
      responseCode = "200",
      description =
          "The chart's heading row and one row per scheme; text cells that would start a formula"
              + " (a scheme's name) begin with '",
      content = @Content(mediaType = "text/csv"))
  @APIResponse(
      responseCode = "400",
      description = "A period that cannot be",
      content =
          @Content(
              mediaType = ProblemResponses.PROBLEM_JSON,
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @Guarded.Lead
  public Response hubChart(
      @PathParam("chart")
          @Parameter(
              description = "The chart",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "hub-requests",
                        "hub-relationships",
                        "hub-mentors",
                        "hub-claims"
                      }))
          String chart,
      @BeanParam PeriodQuery q) {
    ReportService.HubReport h = hubReport(q);
    return csv(chart(ReportCharts.hub(h.schemes()), chart), h.period());
  }

  private ReportService.SchemeReport scheme(PeriodQuery q) {
    return reports.report(scope.actor(), scope.course(), q.period, q.from, q.to);
  }

  private ReportService.HubReport hubReport(PeriodQuery q) {
    return reports.hub(scope.actor(), scope.course(), q.period, q.from, q.to);
  }

  private static Chart chart(List<Chart> charts, String id) {
    return ReportCharts.find(charts, id).orElseThrow(() -> new NotFound("That chart"));
  }

  private static Response csv(Chart chart, ReportPeriod p) {
    return Response.ok(ChartCsv.csv(chart), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ChartCsv.fileName(chart, p.from(), p.to()) + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
