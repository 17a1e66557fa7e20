package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.tool.session.CurrentSession;

/**
 * A relationship whose mentee changed mentor, for its former mentor — if the scheme lets former
 * mentors keep their own notes: read-only, and only what they wrote (their session notes and
 * addenda), nothing the mentee wrote. Anyone else, and the former mentor when the scheme does not,
 * gets "not found".
 */
@Path("/app/relationships/{id}/own-notes")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class FormerMentorPages {
  @Inject CurrentSession current;
  @Inject RelationshipService relationships;
  @Inject Screens screens;

  @PathParam("id")
  String id;

  @GET
  @Operation(hidden = true)
  public Response show() {
    Map<String, Object> m = screens.model(null);
    m.put("f", relationships.formerMentorship(current.actor(), current.course(), id));
    return screens.show("app/own-notes", m, null);
  }
}
