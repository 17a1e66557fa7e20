package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.FeedbackService;
import org.mentorlink.domain.feedback.Answers;
import org.mentorlink.domain.feedback.FeedbackRole;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The anonymous questionnaire: the rounds open to me, my answers (stored without me: no id comes
 * back, and no Idempotency-Key record is kept of them), and the coordinators' report of released
 * rounds, each figure shown only with at least k answers.
 */
@Path("/api/feedback")
@RequestScoped
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {
  @Inject CurrentSession scope;
  @Inject FeedbackService feedback;

  /** Body of one person's answers: every answer optional, at least one given. */
  public record AnswersBody(
      @Schema(required = true) FeedbackRole role,
      @Schema(description = "1 (not at all) to 5 (completely)") Integer expectations,
      @Schema(description = "1 (not at all) to 5 (extremely)") Integer helpful,
      Set<Theme> themes,
      Boolean useAgain,
      Boolean recommend,
      String unexpected,
      String outcomes,
      String comments,
      @Schema(description = "The free text may be quoted in reports, without a name")
          Boolean mayQuote) {}

  @GET
  @Operation(summary = "The questionnaires of the current round open to me (as mentee, as mentor)")
  public List<FeedbackService.Offer> offers() {
    return feedback.offers(scope.actor(), scope.course());
  }

  @POST
  @Path("/answers")
  @Operation(
      summary =
          "Answer the current round once, anonymously (204: nothing identifying comes back);"
              + " 409 FEEDBACK_ALREADY_GIVEN the second time")
  public Response answer(AnswersBody b) {
    Bodies.required(b);
    if (b.role() == null) {
      throw new DomainException("VALIDATION_FAILED", "role", "The role is required.");
    }
    feedback.answer(
        scope.actor(),
        scope.course(),
        b.role(),
        new Answers(
            b.expectations(),
            b.helpful(),
            b.themes(),
            b.useAgain(),
            b.recommend(),
            b.unexpected(),
            b.outcomes(),
            b.comments(),
            Boolean.TRUE.equals(b.mayQuote())));
    return Response.noContent().build();
  }

  @GET
  @Path("/report")
  @Operation(
      summary =
          "Feedback per round, newest first (coordinators): figures only for released rounds and"
              + " only with at least k answers behind each")
  @Guarded.Coordinator
  public List<FeedbackService.ReportRound> report() {
    return feedback.report(scope.actor(), scope.course());
  }

  @POST
  @Path("/release")
  @Operation(
      summary = "Release the current round's answers to the report now; it takes no more answers")
  @Guarded.Coordinator
  public Response release() {
    feedback.releaseCurrentRound(scope.actor(), scope.course());
    return Response.noContent().build();
  }
}
