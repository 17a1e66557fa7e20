package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.scheme.PrivacySettings;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.scheme.SessionAllowance;
import org.mentorlink.domain.scheme.Signpost;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.Paging;
import org.mentorlink.tool.bridge.RosterSync;
import org.mentorlink.tool.session.CurrentSession;

/** The course's scheme: set-up, settings, coordinators, roster, relationships overview. */
@Path("/api/scheme")
@RequestScoped
@Tag(name = "Scheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchemeResource {
  @Inject CurrentSession scope;
  @Inject SchemeService schemes;
  @Inject RelationshipService relationships;
  @Inject org.mentorlink.domain.app.SubjectRightsService rights;
  @Inject RosterSync rosterSync;

  @GET
  @Operation(summary = "The course's scheme (404 if none is set up)")
  public Views.SchemeView get() {
    return schemes
        .current(scope.actor(), scope.course())
        .orElseThrow(() -> new NotFound("The mentoring scheme of this course"));
  }

  @GET
  @Path("/my-roles")
  @Operation(summary = "The caller's standing in the course's scheme")
  public Views.MyRoles myRoles() {
    return schemes.roles(scope.actor(), scope.course());
  }

  @POST
  @Operation(summary = "Set up the course's scheme (instructor-level; the caller becomes lead)")
  public Response setUp(Bodies.SettingsBody body) {
    return Response.status(201)
        .entity(schemes.setUp(scope.actor(), scope.course(), settings(body)))
        .build();
  }

  @PUT
  @Path("/settings")
  @Operation(summary = "Change the scheme's settings (lead or coordinator)")
  @Guarded.Coordinator
  public Views.SchemeView change(Bodies.SettingsBody body) {
    return schemes.changeSettings(scope.actor(), scope.course(), settings(body));
  }

  @POST
  @Path("/coordinators")
  @Operation(summary = "Appoint a course instructor as coordinator (lead only)")
  @Guarded.Lead
  public Views.SchemeView appoint(Bodies.PersonBody body) {
    return schemes.appointCoordinator(
        scope.actor(), scope.course(), Bodies.required(body).personId());
  }

  @DELETE
  @Path("/coordinators/{personId}")
  @Operation(summary = "Remove a coordinator (lead only)")
  @Guarded.Lead
  public Views.SchemeView remove(@PathParam("personId") String personId) {
    return schemes.removeCoordinator(scope.actor(), scope.course(), personId);
  }

  @GET
  @Path("/numbers")
  @Operation(summary = "The scheme's numbers: counts only, no names (every coordinator)")
  @Guarded.Coordinator
  public Views.SchemeNumbers numbers() {
    return schemes.numbers(scope.actor(), scope.course());
  }

  @GET
  @Path("/privacy")
  @Operation(
      summary =
          "The scheme's privacy notice and settings (every member; the matching coordinators for"
              + " coordinators)")
  public Views.PrivacyView privacy() {
    return schemes.privacy(scope.actor(), scope.course());
  }

  @PUT
  @Path("/privacy")
  @Operation(
      summary =
          "Change \"only the lead knows\", the privacy notice (empty: the default), the"
              + " retention period in years and what a former mentor keeps (lead only)")
  @Guarded.Lead
  public Views.PrivacyView changePrivacy(Bodies.PrivacyBody body) {
    Bodies.required(body);
    PrivacySettings now = schemes.currentPrivacy(scope.actor(), scope.course());
    return schemes.changePrivacy(
        scope.actor(),
        scope.course(),
        new PrivacySettings(
            body.onlyLeadKnows() == null ? now.onlyLeadKnows() : body.onlyLeadKnows(),
            body.notice(),
            body.retentionYears() == null ? now.retentionYears() : body.retentionYears(),
            body.formerMentorKeepsOwnNotes() == null
                ? now.formerMentorKeepsOwnNotes()
                : body.formerMentorKeepsOwnNotes()));
  }

  @PUT
  @Path("/matching-coordinators/{personId}")
  @Operation(summary = "Name a coordinator a matching coordinator (lead only)")
  @Guarded.Lead
  public Views.PrivacyView nameMatching(@PathParam("personId") String personId) {
    return schemes.nameMatchingCoordinator(scope.actor(), scope.course(), personId, true);
  }

  @DELETE
  @Path("/matching-coordinators/{personId}")
  @Operation(summary = "Take back a matching coordinator's naming (lead only)")
  @Guarded.Lead
  public Views.PrivacyView unnameMatching(@PathParam("personId") String personId) {
    return schemes.nameMatchingCoordinator(scope.actor(), scope.course(), personId, false);
  }

  @POST
  @Path("/erasures")
  @Operation(
      summary =
          "Erase a person's records in this scheme (lead only): removed or made anonymous;"
              + " verified documents and reported CPD totals stay as anonymous counts")
  @Guarded.Lead
  public Response erase(Bodies.PersonBody body) {
    return Response.ok(
            rights.eraseInScheme(scope.actor(), scope.course(), Bodies.required(body).personId()))
        .build();
  }

  @GET
  @Path("/roster")
  @Operation(
      summary =
          "The course's members, from the platform's membership list and from launches"
              + " (coordinators); q searches names")
  @Guarded.Coordinator
  public Views.Page<Views.MemberView> roster(
      @BeanParam PageQuery paging, @QueryParam("q") String q) {
    Paging page = paging.paging();
    return schemes.roster(scope.actor(), scope.course(), q, page.page(), page.size());
  }

  /** Where the roster comes from, and the outcome of a read. */
  public record RosterSourceView(
      boolean platformOffersMembership,
      java.time.Instant readAt,
      Integer members,
      String error,
      java.time.Instant errorAt,
      RosterSync.Outcome lastRead) {}

  @GET
  @Path("/roster/source")
  @Operation(summary = "When the roster was last read from the platform, and any failure")
  @Guarded.Coordinator
  public RosterSourceView rosterSource() {
    schemes.requireRosterReader(scope.actor(), scope.course());
    return sourceView(null);
  }

  @POST
  @Path("/roster/refresh")
  @Operation(
      summary =
          "Read the course's membership from the platform now (Names and Role Provisioning;"
              + " coordinators). A platform failure is reported in the answer, not as an error.")
  @Guarded.Coordinator
  public RosterSourceView refreshRoster() {
    RosterSync.Outcome outcome = rosterSync.refreshNow(scope.actor(), scope.course());
    return sourceView(outcome);
  }

  private RosterSourceView sourceView(RosterSync.Outcome outcome) {
    var s = rosterSync.source(scope.actor().tenant().value(), scope.course());
    return new RosterSourceView(
        s.offered(), s.readAt(), s.count(), s.error(), s.errorAt(), outcome);
  }

  @POST
  @Path("/relationships/{id}/signposts")
  @Operation(
      summary =
          "Point the mentee of an active relationship to another service, the mentoring going on"
              + " (the lead; matching coordinators under \"only the lead knows\")")
  @Guarded.Matching
  public Response signpost(@PathParam("id") String id, Bodies.SignpostingBody body) {
    Bodies.required(body);
    return Response.status(201)
        .entity(
            relationships.signpost(
                scope.actor(), scope.course(), id, body.service(), body.reason()))
        .build();
  }

  @GET
  @Path("/relationships")
  @Operation(summary = "All relationships: dates, counts and states only (coordinators)")
  @Guarded.Matching
  public Views.Page<Views.RelationshipSummary> overview(@BeanParam PageQuery paging) {
    Paging page = paging.paging();
    return relationships.overview(scope.actor(), scope.course(), page.page(), page.size());
  }

  @POST
  @Path("/relationships/{id}/sessions/{sessionId}/approve")
  @Operation(summary = "Approve a session beyond the allowance (coordinators)")
  @Guarded.Matching
  public Views.RelationshipSummary approve(
      @PathParam("id") String id, @PathParam("sessionId") String sessionId) {
    return relationships.approveExtraSession(scope.actor(), scope.course(), id, sessionId);
  }

  static SchemeSettings settings(Bodies.SettingsBody b) {
    Bodies.required(b);
    SchemeSettings d = SchemeSettings.defaults(b.name() == null ? "Mentoring" : b.name());
    List<Signpost> signposts =
        b.signposts() == null
            ? List.of()
            : b.signposts().stream()
                .map(s -> new Signpost(s.name(), s.description(), s.link()))
                .toList();
    return new SchemeSettings(
        b.name(),
        b.regions(),
        new SessionAllowance(
            or(b.allowanceSessions(), d.allowance().sessions()),
            or(b.allowancePeriodMonths(), d.allowance().periodMonths()),
            b.allowanceYearlyMinimum()),
        b.defaultSessionHours() == null
            ? d.defaultSessionLength()
            : CpdHours.of(b.defaultSessionHours()),
        b.cpdYearStart() == null ? d.cpdYearStart() : b.cpdYearStart(),
        b.cpdApproval() == null ? d.cpdApproval() : b.cpdApproval(),
        or(b.feedbackMinimumGroup(), d.feedbackMinimumGroup()),
        b.confidentialityText(),
        signposts,
        b.timeZone() == null || b.timeZone().isBlank() ? null : Calendar.region(b.timeZone()));
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
