package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.ClaimService;
import org.mentorlink.domain.app.ClaimViews;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * Mentors' claims for the lead and coordinators: the year's budget (spent, committed, left, a
 * warning when claims exceed it), the claims waiting (approve, or return with a reason — under
 * "only the lead knows" for the lead and the matching coordinators; other coordinators see how many
 * wait), the session fee, rate per mile and budget, and the finance export. Claims show the mentor
 * and the session's date, never the mentee.
 */
@Path("/app/coordinator/claims")
@RequestScoped
public class ClaimPages {
  static final int PAGE_SIZE = 20;

  @Inject CurrentSession current;
  @Inject ClaimService claims;
  @Inject SchemeService schemes;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response claims(@QueryParam("page") int page, @QueryParam("done") String done) {
    return claimsPage(page, done, null, null, null);
  }

  @POST
  @Path("{claimId}/approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response approve(
      @PathParam("claimId") String claimId, MultivaluedMap<String, String> body) {
    int page = pageOf(FormData.of(body));
    try {
      claims.approve(current.actor(), current.course(), claimId);
      return screens.seeOther("/app/coordinator/claims?page=" + page, "claim-approved");
    } catch (DomainException e) {
      return claimsPage(page, null, null, null, new FormErrors().add(e, "waiting"));
    }
  }

  @POST
  @Path("{claimId}/return")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response returnClaim(
      @PathParam("claimId") String claimId, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    int page = pageOf(form);
    try {
      claims.returnClaim(current.actor(), current.course(), claimId, form.get("reason"));
      return screens.seeOther("/app/coordinator/claims?page=" + page, "claim-returned");
    } catch (DomainException e) {
      return claimsPage(
          page,
          null,
          "return-" + claimId,
          form,
          new FormErrors().add(e, "return-reason-" + claimId));
    }
  }

  @POST
  @Path("rules")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response changeRules(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    ClaimRules.Amounts amounts = ClaimForms.rules(form, errors);
    if (amounts != null) {
      try {
        claims.changeRules(current.actor(), current.course(), amounts);
        return screens.seeOther("/app/coordinator/claims#rules", "claim-rules-saved");
      } catch (DomainException e) {
        errors.add(e, ClaimForms.RULES);
      }
    }
    return claimsPage(0, null, "rules", form, errors);
  }

  private Response claimsPage(
      int page, String done, String failedForm, FormData posted, FormErrors errors) {
    String course = current.course();
    // Under "only the lead knows" a coordinator who does not match sees how many wait, no claims.
    boolean deciding = schemes.roles(current.actor(), course).matching();
    Views.Page<ClaimViews.ClaimView> waiting =
        deciding
            ? claims.queue(current.actor(), course, ClaimState.SUBMITTED, page, PAGE_SIZE)
            : new Views.Page<>(List.of(), 0, PAGE_SIZE, 0);
    ClaimViews.BudgetView budget = claims.budget(current.actor(), course, null);
    ClaimViews.RulesView rules = claims.rules(current.actor(), course).orElse(null);
    Map<String, Object> m = screens.model(done);
    m.put("waiting", waiting);
    m.put("deciding", deciding);
    m.put("budget", budget);
    m.put("rules", rules);
    m.put(
        "form", "rules".equals(failedForm) && posted != null ? posted : ClaimForms.prefill(rules));
    m.put("failedReturn", "rules".equals(failedForm) ? null : failedForm);
    m.put("returnForm", posted == null || "rules".equals(failedForm) ? FormData.empty() : posted);
    m.put("exportForm", FormData.empty().put("from", budget.start()).put("to", budget.end()));
    m.put("pageUrl", "/app/coordinator/claims?page=");
    return screens.show("app/coordinator/claims", m, errors);
  }

  private static int pageOf(FormData form) {
    try {
      return Math.max(0, Integer.parseInt(form.get("page")));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
