package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.ClaimService;
import org.mentorlink.domain.app.ClaimViews;
import org.mentorlink.domain.claim.Miles;
import org.mentorlink.domain.claim.Money;
import org.mentorlink.domain.claim.Travel;
import org.mentorlink.domain.claim.TravelKind;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * A session's claim, for the relationship's mentor: the scheme's fee and travel, claimed once the
 * session is signed off, changed and sent again when returned. The mentee is refused (403) before
 * the body is read.
 */
@Path("/api/relationships/{id}/sessions/{sessionId}/claim")
@Guarded.RelationshipMentor
@RequestScoped
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionClaimResource {
  static final String AMOUNT =
      "Pounds as a decimal string with at most two decimals, such as \"12.50\"";

  @Inject CurrentSession scope;
  @Inject ClaimService claims;

  @PathParam("id")
  String id;

  @PathParam("sessionId")
  String sessionId;

  /** Body of a claim: the fee is the scheme's; travel is none, miles, or an amount with a note. */
  public record ClaimBody(
      @Schema(required = true) TravelKind travel,
      @Schema(description = "Miles travelled (with MILEAGE), at most one decimal, such as \"12.5\"")
          String miles,
      @Schema(description = AMOUNT + " (with AMOUNT)") String amount,
      @Schema(description = "What the amount was for (required with AMOUNT)") String note) {

    Travel toTravel() {
      if (travel == null) {
        throw new DomainException("VALIDATION_FAILED", "travel", "The travel kind is required.");
      }
      return switch (travel) {
        case NONE -> new Travel(TravelKind.NONE, null, null, note);
        case MILEAGE -> {
          if (miles == null) {
            throw new DomainException("INVALID_MILES", "miles", "Enter the miles travelled.");
          }
          yield Travel.mileage(Miles.parse(miles), note);
        }
        case AMOUNT -> Travel.amount(Money.parse(amount, "amount", "The travel amount"), note);
      };
    }
  }

  @GET
  @Operation(
      summary = "The session's claim, the scheme's fee and rate, and whether one can be made")
  public ClaimViews.SessionClaim get() {
    return claims.forSession(scope.actor(), scope.course(), id, sessionId);
  }

  @POST
  @Operation(
      summary =
          "Claim the scheme's fee and travel for a signed-off session (its mentor, once): 409"
              + " CLAIM_EXISTS for a second claim, SESSION_NOT_SIGNED_OFF before sign-off")
  public Response submit(ClaimBody b) {
    ClaimViews.Submitted s =
        claims.submit(scope.actor(), scope.course(), id, sessionId, Bodies.required(b).toTravel());
    return Response.status(201).entity(s).build();
  }

  @PUT
  @Operation(summary = "Change a returned claim and send it again (its mentor)")
  public ClaimViews.Submitted resubmit(ClaimBody b) {
    return claims.resubmit(
        scope.actor(), scope.course(), id, sessionId, Bodies.required(b).toTravel());
  }
}
