package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.ReportService;
import org.mentorlink.domain.report.ReportPeriod;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.present.BarChartSvg;
import org.mentorlink.tool.present.Chart;
import org.mentorlink.tool.present.Labels;
import org.mentorlink.tool.present.ReportCharts;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The coordinators' report page and the lead's hub view: the period form, then each figure as a
 * chart (inline SVG) with its table and a link to its CSV. Counts and sums only, for every
 * coordinator; the hub for the lead. A period that cannot be is shown back with its error.
 */
@Path("/app/coordinator/reports")
@RequestScoped
public class ReportPages {
  /** The periods offered by name, as the form's choices. */
  static final List<Labels.Option> PERIODS =
      List.of(
          new Labels.Option(ReportPeriod.Preset.THIS_YEAR.key(), "This year (the scheme's year)"),
          new Labels.Option(ReportPeriod.Preset.LAST_YEAR.key(), "Last year"),
          new Labels.Option(ReportPeriod.Preset.LAST_12_MONTHS.key(), "The last 12 months"),
          new Labels.Option(ReportPeriod.Preset.THIS_QUARTER.key(), "This quarter"),
          new Labels.Option(ReportPeriod.Preset.LAST_QUARTER.key(), "Last quarter"),
          new Labels.Option(ReportPeriod.Preset.CUSTOM.key(), "From and to the dates below"));

  /** Where a refused period's error goes: its first or last day, else the choice of period. */
  static final ErrorFields PERIOD =
      ErrorFields.otherwise("period").attribute("from", "from").attribute("to", "to");

  /** A chart as the page shows it: the SVG drawn from its data, the data, the CSV's address. */
  public record Panel(Chart chart, String svg, String csv) {}

  @Inject CurrentSession current;
  @Inject ReportService reports;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response report(
      @QueryParam("period") String period,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Map<String, Object> m = model(period, from, to);
    try {
      ReportService.SchemeReport r =
          reports.report(
              current.actor(), current.course(), period, dated(period, from), dated(period, to));
      m.put("report", r);
      m.put("figures", r.figures());
      m.put("charts", panels(ReportCharts.of(r.figures()), "/api/scheme/reports", r.period()));
      chosen(m, r.period());
      return screens.render("app/coordinator/reports", m);
    } catch (DomainException e) {
      return screens.rerender("app/coordinator/reports", m, new FormErrors().add(e, PERIOD));
    }
  }

  @GET
  @Path("hub")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response hub(
      @QueryParam("period") String period,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Map<String, Object> m = model(period, from, to);
    try {
      ReportService.HubReport h =
          reports.hub(
              current.actor(), current.course(), period, dated(period, from), dated(period, to));
      m.put("hub", h);
      m.put("figures", h.total());
      m.put("charts", panels(ReportCharts.hub(h.schemes()), "/api/scheme/reports/hub", h.period()));
      chosen(m, h.period());
      return screens.render("app/coordinator/reports-hub", m);
    } catch (DomainException e) {
      return screens.rerender("app/coordinator/reports-hub", m, new FormErrors().add(e, PERIOD));
    }
  }

  /**
   * A date of the form, or null when a named period is chosen: the form still holds the dates of
   * the figures shown, which a named period leaves aside (the API refuses both at once).
   */
  private static String dated(String period, String date) {
    boolean named =
        period != null && !period.isBlank() && !ReportPeriod.Preset.CUSTOM.key().equals(period);
    return named ? null : date;
  }

  private Map<String, Object> model(String period, String from, String to) {
    Map<String, Object> m = screens.model(null);
    m.put("periods", PERIODS);
    m.put("form", FormData.empty().put("period", period).put("from", from).put("to", to));
    return m;
  }

  /** The form shows the period the figures are for. */
  private static void chosen(Map<String, Object> m, ReportPeriod p) {
    m.put(
        "form",
        FormData.empty().put("period", p.preset().key()).put("from", p.from()).put("to", p.to()));
  }

  static List<Panel> panels(List<Chart> charts, String base, ReportPeriod p) {
    return charts.stream()
        .map(
            c ->
                new Panel(
                    c,
                    BarChartSvg.svg(c),
                    base + "/charts/" + c.id() + ".csv?from=" + p.from() + "&to=" + p.to()))
        .toList();
  }
}
