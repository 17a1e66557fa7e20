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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.ClaimService;
import org.mentorlink.domain.app.ClaimViews;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.Money;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Paging;
import org.mentorlink.tool.exports.CsvCells;
import org.mentorlink.tool.session.CurrentSession;

/**
 * Claims across the scheme: a mentor's own; for the lead and the coordinators who decide approvals
 * (under "only the lead knows", the matching coordinators) the queue, approval and return; for
 * every coordinator the budget, the fee, rate and budget settings, and the finance export (mentor,
 * date and amounts — never the mentee).
 */
@Path("/api/claims")
@RequestScoped
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {
  /** The finance export's columns: no column names or describes the mentee. */
  static final String[] CSV_HEADER = {
    "claim_id",
    "mentor",
    "session_date",
    "session_number",
    "fee",
    "travel_kind",
    "miles",
    "travel",
    "travel_note",
    "total",
    "approved_on"
  };

  @Inject CurrentSession scope;
  @Inject ClaimService claims;

  /** Body of the scheme's rules for claims. */
  public record RulesBody(
      @Schema(required = true, description = SessionClaimResource.AMOUNT) String sessionFee,
      @Schema(description = SessionClaimResource.AMOUNT + "; per mile, 0 when absent")
          String mileageRate,
      @Schema(description = SessionClaimResource.AMOUNT + "; a yearly budget, none when absent")
          String yearlyBudget) {}

  @GET
  @Path("/mine")
  @Operation(summary = "My claims as a mentor, newest session first")
  public List<ClaimViews.ClaimView> mine() {
    return claims.mine(scope.actor(), scope.course());
  }

  @GET
  @Operation(
      summary =
          "The scheme's claims in a state (SUBMITTED unless ?state=), for the lead and the matching"
              + " coordinators (any coordinator without \"only the lead knows\")")
  @Guarded.Matching
  public Views.Page<ClaimViews.ClaimView> queue(
      @QueryParam("state")
          @Parameter(
              description = "SUBMITTED (default), RETURNED or APPROVED",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"SUBMITTED", "RETURNED", "APPROVED"}))
          String state,
      @BeanParam PageQuery paging) {
    Paging page = paging.paging();
    return claims.queue(scope.actor(), scope.course(), state(state), page.page(), page.size());
  }

  @POST
  @Path("/{claimId}/approve")
  @Operation(
      summary =
          "Approve a claim (the lead and the matching coordinators, never their own): 409"
              + " BUDGET_EXCEEDED past the budget")
  @Guarded.Matching
  public ClaimViews.ClaimView approve(@PathParam("claimId") String claimId) {
    return claims.approve(scope.actor(), scope.course(), claimId);
  }

  @POST
  @Path("/{claimId}/return")
  @Operation(
      summary =
          "Return a claim to its mentor with a reason (the lead and the matching coordinators)")
  @Guarded.Matching
  public ClaimViews.ClaimView returnClaim(
      @PathParam("claimId") String claimId, Bodies.ReasonBody b) {
    return claims.returnClaim(scope.actor(), scope.course(), claimId, Bodies.required(b).reason());
  }

  @GET
  @Path("/budget")
  @Operation(
      summary =
          "The budget year holding ?date= (today without it): budget, spent, committed, left"
              + " (coordinators)")
  @Guarded.Coordinator
  public ClaimViews.BudgetView budget(
      @QueryParam("date")
          @Parameter(
              description = "A day of the budget year, YYYY-MM-DD",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String date) {
    return claims.budget(scope.actor(), scope.course(), date(date, "date"));
  }

  @GET
  @Path("/rules")
  @Operation(summary = "The scheme's session fee, rate per mile and yearly budget (404 if not set)")
  public ClaimViews.RulesView rules() {
    return claims
        .rules(scope.actor(), scope.course())
        .orElseThrow(() -> new org.mentorlink.domain.shared.NotFound("The scheme's claim rules"));
  }

  @PUT
  @Path("/rules")
  @Operation(summary = "Set the session fee, rate per mile and yearly budget (coordinators)")
  @Guarded.Coordinator
  public ClaimViews.RulesView changeRules(RulesBody b) {
    Bodies.required(b);
    return claims.changeRules(
        scope.actor(),
        scope.course(),
        new ClaimRules.Amounts(
            Money.parse(b.sessionFee(), "sessionFee", "The session fee"),
            b.mileageRate() == null
                ? Money.ZERO
                : Money.parse(b.mileageRate(), "mileageRate", "The rate per mile"),
            b.yearlyBudget() == null
                ? null
                : Money.parse(b.yearlyBudget(), "yearlyBudget", "The yearly budget")));
  }

  @GET
  @Path("/export.csv")
  @Produces("text/csv")
  @APIResponse(
      responseCode = "200",
      description =
          "Approved claims as CSV: mentor, session date and amounts, never the mentee; text cells"
              + " that would start a formula begin with '",
      content = @Content(mediaType = "text/csv"))
  @Operation(
      summary =
          "Approved claims for finance, by session date from ?from= to ?to= (the current budget"
              + " year without them), coordinators")
  @Guarded.Coordinator
  public Response export(
      @QueryParam("from")
          @Parameter(
              description = "First session date, YYYY-MM-DD",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String from,
      @QueryParam("to")
          @Parameter(
              description = "Last session date, YYYY-MM-DD",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          String to)
      throws IOException {
    List<ClaimViews.FinanceRow> rows =
        claims.financeExport(scope.actor(), scope.course(), date(from, "from"), date(to, "to"));
    return Response.ok(csv(rows), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"mentorlink-claims.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The finance export's text. */
  public static String csv(List<ClaimViews.FinanceRow> rows) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
      for (ClaimViews.FinanceRow r : rows) {
        csv.printRecord(
            CsvCells.row(
                r.claimId(),
                r.mentor(),
                r.sessionDate(),
                r.sessionNumber(),
                r.fee(),
                r.travelKind(),
                r.miles(),
                r.travel(),
                r.travelNote(),
                r.total(),
                r.approvedOn()));
      }
    }
    return out.toString();
  }

  static ClaimState state(String value) {
    if (value == null || value.isBlank()) {
      return ClaimState.SUBMITTED;
    }
    try {
      return ClaimState.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new DomainException(
          "VALIDATION_FAILED", "state", "The state must be SUBMITTED, RETURNED or APPROVED.");
    }
  }

  static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value);
      if (d.getYear() < 2000 || d.getYear() > 2100) {
        throw new DomainException(
            "DATE_OUT_OF_RANGE", field, "The date must be between 2000 and 2100.");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new DomainException(
          "VALIDATION_FAILED", field, "The date must be written as YYYY-MM-DD.");
    }
  }
}
