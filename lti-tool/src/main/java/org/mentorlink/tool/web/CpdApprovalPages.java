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
import org.mentorlink.domain.app.CpdService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.scheme.CpdSettings;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The educator's CPD approval queue (amounts, dates, and a reflection only where its owner chose to
 * share it — never session notes), and the scheme's CPD settings.
 */
@Path("/app/coordinator/cpd")
@RequestScoped
public class CpdApprovalPages {
  @Inject org.mentorlink.tool.bridge.PassbackStatus passback;

  static final int PAGE_SIZE = 20;

  /** Where a refused CPD settings change goes. */
  private static final ErrorFields SETTINGS =
      ErrorFields.otherwise("yearly-target").attribute("gradebookPassback", "gradebook-passback");

  @Inject CurrentSession current;
  @Inject CpdService cpd;
  @Inject org.mentorlink.domain.app.SchemeService schemes;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response queue(@QueryParam("page") int page, @QueryParam("done") String done) {
    return queuePage(page, done, null, null, null);
  }

  @POST
  @Path("{id}/approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response approve(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    int page = pageOf(FormData.of(body));
    try {
      cpd.approve(current.actor(), current.course(), id);
      return screens.seeOther("/app/coordinator/cpd?page=" + page, "cpd-approved");
    } catch (DomainException e) {
      return queuePage(page, null, null, null, new FormErrors().add(e, "queue"));
    }
  }

  @POST
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response returnEntry(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    int page = pageOf(form);
    try {
      cpd.returnEntry(current.actor(), current.course(), id, form.get("reason"));
      return screens.seeOther("/app/coordinator/cpd?page=" + page, "cpd-returned");
    } catch (DomainException e) {
      return queuePage(
          page, null, "return-" + id, form, new FormErrors().add(e, "return-reason-" + id));
    }
  }

  @POST
  @Path("settings")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response changeSettings(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    Integer target =
        Parse.integer(form, "yearly-target", "the yearly target in credits", true, errors);
    if (!errors.any()) {
      try {
        cpd.changeSettings(
            current.actor(),
            current.course(),
            new CpdSettings(
                form.checked("impact-multiplier", "yes"),
                target,
                form.checked("gradebook-passback", "yes")),
            form.checked("confirm-reveal", "yes"));
        return screens.seeOther("/app/coordinator/cpd#settings", "cpd-settings-saved");
      } catch (DomainException e) {
        errors.add(e, SETTINGS);
      }
    }
    return queuePage(0, null, "settings", form, errors);
  }

  // ------------------------------------------------------------------ helpers

  private Response queuePage(
      int page, String done, String failedForm, FormData posted, FormErrors errors) {
    String course = current.course();
    // Under "only the lead knows" a coordinator who does not match sees the numbers only.
    boolean matching = schemes.roles(current.actor(), course).matching();
    Views.Page<Views.ApprovalItem> items =
        matching
            ? cpd.queue(current.actor(), course, page, PAGE_SIZE)
            : new Views.Page<>(List.of(), 0, PAGE_SIZE, 0);
    CpdSettings settings = cpd.settings(current.actor(), course);
    FormData settingsForm =
        "settings".equals(failedForm) && posted != null
            ? posted
            : FormData.empty()
                .put("impact-multiplier", settings.impactMultiplier() ? "yes" : null)
                .put("yearly-target", settings.yearlyTarget())
                .put("gradebook-passback", settings.gradebookPassback() ? "yes" : null);
    Map<String, Object> m = screens.model(done);
    m.put("items", items);
    m.put(
        "passback",
        matching
            ? passback.page(current.actor(), course, 0, 50)
            : new Views.Page<>(List.of(), 0, 50, 0));
    m.put("matching", matching);
    m.put(
        "awaiting",
        matching ? items.total() : schemes.numbers(current.actor(), course).cpdAwaitingApproval());
    m.put("onlyLeadKnows", schemes.privacy(current.actor(), course).onlyLeadKnows());
    m.put("settings", settings);
    m.put("form", settingsForm);
    m.put("failedReturn", "settings".equals(failedForm) ? null : failedForm);
    m.put(
        "returnForm", posted == null || "settings".equals(failedForm) ? FormData.empty() : posted);
    m.put("pageUrl", "/app/coordinator/cpd?page=");
    return screens.show("app/coordinator/cpd", m, errors);
  }

  private static int pageOf(FormData form) {
    try {
      return Math.max(0, Integer.parseInt(form.get("page")));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
