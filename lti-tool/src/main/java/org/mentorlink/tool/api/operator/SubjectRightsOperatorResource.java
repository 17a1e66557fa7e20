package org.mentorlink.tool.api.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.RetentionService;
import org.mentorlink.domain.app.SubjectRightsService;
import org.mentorlink.domain.app.SubjectViews;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.web.HttpProblem;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;

/**
 * The operator's subject-rights actions: erasing a person everywhere in a registration, a
 * registration's export and its leaving (export, then every record deleted), and running the
 * retention sweep now. Each is an operator action for the audit trail (TODO(audit): the lead wires
 * the trail's record of each here after merging).
 */
@Path("/api/operator/subject-rights")
@RequestScoped
@OperatorOnly
@Tag(name = "Operator")
@SecurityRequirement(name = "operator")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectRightsOperatorResource {
  @Inject SubjectRightsService rights;
  @Inject RetentionService retention;
  @Inject Registrations registrations;
  @Inject MentorlinkConfig config;

  public record ErasureBody(
      @Schema(required = true) String registrationId,
      @Schema(required = true, description = "The platform's user id (sub) of the person")
          String subject) {}

  public record LeaveBody(
      @Schema(
              required = true,
              description =
                  "The registration's issuer, to confirm (an LTI 1.1 registration's consumer key)")
          String confirmIssuer) {}

  public record RetentionBody(
      @Schema(
              description =
                  "Count expiry as of this later instant (only where"
                      + " MENTORLINK_RETENTION_AS_OF_ALLOWED=true, for trying a setting out)")
          String asOf) {}

  /** The registration as exported on leaving (no secret: the platform's public addresses). */
  public record RegistrationData(
      String id,
      String issuer,
      String clientId,
      String authLoginUrl,
      String authTokenUrl,
      String keySetUrl,
      List<String> deploymentIds,
      String lti11ConsumerKey) {}

  /** A registration's leaving export: the registration and every record of its schemes. */
  public record LeavingExport(RegistrationData registration, SubjectViews.TenantExport records) {}

  @POST
  @Path("/erasures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Erase a person (by the platform's user id) everywhere in a registration: records"
              + " removed or made anonymous, identity forgotten; a later launch starts empty")
  public SubjectViews.ErasureView erase(ErasureBody body) {
    if (body == null || body.registrationId() == null || body.subject() == null) {
      throw new HttpProblem(400, "VALIDATION_FAILED", "registrationId and subject are required.");
    }
    Registration r = registration(body.registrationId());
    return rights.eraseEverywhere(new TenantId(r.id()), body.subject());
  }

  @GET
  @Path("/registrations/{id}/export")
  @Operation(summary = "Everything of a registration, as JSON (before it leaves)")
  public Response export(@PathParam("id") String id) {
    Registration r = registration(id);
    return download(new LeavingExport(data(r), rights.exportTenant(new TenantId(r.id()))), r.id());
  }

  @POST
  @Path("/registrations/{id}/leave")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A registration leaves: answers its export, and every record of it is deleted"
              + " (confirm with its issuer)")
  public Response leave(@PathParam("id") String id, LeaveBody body) {
    Registration r = registration(id);
    // An LTI 1.1 (legacy) registration has no issuer: its consumer key confirms instead.
    String confirmation = r.isLti13() ? r.issuer() : r.lti11ConsumerKey();
    if (body == null || confirmation == null || !confirmation.equals(body.confirmIssuer())) {
      throw new HttpProblem(
          400,
          "LEAVING_NOT_CONFIRMED",
          "Confirm the leaving with the registration's issuer (for an LTI 1.1 registration, its"
              + " consumer key) in confirmIssuer.");
    }
    RegistrationData data = data(r);
    return download(new LeavingExport(data, rights.leave(new TenantId(r.id()))), r.id());
  }

  @POST
  @Path("/retention/run")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Run the retention sweep now (it also runs on its own every day)")
  public SubjectViews.RetentionRun runRetention(RetentionBody body) {
    if (body == null || body.asOf() == null) {
      return retention.sweep();
    }
    if (!config.retentionAsOfAllowed()) {
      throw new HttpProblem(
          400,
          "RETENTION_AS_OF_NOT_ALLOWED",
          "asOf is for trying a retention setting out: MENTORLINK_RETENTION_AS_OF_ALLOWED is off.");
    }
    try {
      return retention.sweep(Instant.parse(body.asOf()));
    } catch (DateTimeParseException e) {
      throw new HttpProblem(400, "VALIDATION_FAILED", "asOf must be an ISO 8601 instant.");
    }
  }

  private Registration registration(String id) {
    return registrations
        .find(id)
        .orElseThrow(() -> new HttpProblem(404, "REGISTRATION_NOT_FOUND", "No such registration."));
  }

  private RegistrationData data(Registration r) {
    return new RegistrationData(
        r.id(),
        r.issuer(),
        r.clientId(),
        r.authLoginUrl(),
        r.authTokenUrl(),
        r.keySetUrl(),
        registrations.view(r.id()).deploymentIds(),
        r.lti11ConsumerKey());
  }

  private static Response download(Object body, String id) {
    return Response.ok(body)
        .header(
            "Content-Disposition",
            "attachment; filename=\"mentorlink-registration-" + id + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
