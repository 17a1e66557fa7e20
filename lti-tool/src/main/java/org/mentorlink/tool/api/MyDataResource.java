package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.SubjectRightsService;
import org.mentorlink.domain.app.SubjectViews;
import org.mentorlink.tool.exports.SubjectPdf;
import org.mentorlink.tool.session.CurrentSession;

/** A person's download of everything the tool holds about them (their subject access right). */
@Path("/api/my-data")
@RequestScoped
@Tag(name = "Session")
public class MyDataResource {
  @Inject CurrentSession scope;
  @Inject SubjectRightsService rights;
  @Inject SchemeService schemes;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Everything Mentorlink holds about me, in every scheme, as JSON")
  @APIResponse(
      responseCode = "200",
      description = "The export as a JSON download",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  public Response json() {
    SubjectViews.SubjectExport export = rights.export(scope.actor());
    return Response.ok(export)
        .header("Content-Disposition", "attachment; filename=\"mentorlink-my-data.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/pdf")
  @Produces("application/pdf")
  @Operation(summary = "Everything Mentorlink holds about me, as a readable PDF")
  @APIResponse(
      responseCode = "200",
      description = "The export as a PDF download",
      content = @Content(mediaType = "application/pdf"))
  public Response pdf() {
    SubjectViews.SubjectExport export = rights.export(scope.actor());
    byte[] pdf = SubjectPdf.of(export, schemes.calendar(scope.actor(), scope.course()).zone());
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"mentorlink-my-data.pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
