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
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.DocumentService;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The mentoring contract, for both parties: the latest version and its signatures, earlier
 * versions, drafting or amending it (a new version, signed again), and signing it.
 */
@Path("/app/relationships/{id}/contract")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class ContractPages {
  @Inject CurrentSession current;
  @Inject RelationshipService relationships;
  @Inject DocumentService documents;
  @Inject RelationshipScreens relationship;
  @Inject Screens screens;
  @Inject PageCalendar calendar;
  @Inject Clock clock;

  @PathParam("id")
  String id;

  @GET
  @Operation(hidden = true)
  public Response contract(@QueryParam("done") String done) {
    Views.RelationshipView r = relationship.get(id);
    return page(r, done, defaults(r), null);
  }

  /** Either party drafts the contract, or amends it. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response draft(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    ContractTerms terms = ContractForms.read(form, errors);
    if (terms != null) {
      try {
        relationships.draftContract(current.actor(), current.course(), id, terms);
        return screens.seeOther(path(), "contract-saved");
      } catch (DomainException e) {
        errors.add(e, ContractForms.ERRORS);
      }
    }
    return page(relationship.get(id), null, form, errors);
  }

  @POST
  @Path("{contractId}/sign")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response sign(@PathParam("contractId") String contractId) {
    try {
      relationships.signContract(current.actor(), current.course(), id, contractId);
      return screens.seeOther(path(), "contract-signed");
    } catch (DomainException e) {
      FormErrors errors = new FormErrors().add(e, "sign");
      Views.RelationshipView r = relationship.get(id);
      return page(r, null, defaults(r), errors);
    }
  }

  private Response page(Views.RelationshipView r, String done, FormData form, FormErrors errors) {
    Map<String, Object> m = relationship.model(r, done);
    m.put("form", form);
    List<Views.ContractView> earlier =
        new ArrayList<>(r.contracts().subList(0, Math.max(0, r.contracts().size() - 1)));
    Collections.reverse(earlier);
    m.put("earlier", earlier);
    Views.ContractView latest = RelationshipScreens.latest(r);
    if (latest != null && latest.fullySigned()) {
      documents
          .contractCode(current.actor(), current.course(), id, latest.id())
          .ifPresent(code -> m.put("contractCode", code));
    }
    return screens.show("app/contract", m, errors);
  }

  /** The latest version's terms, or a first draft's starting points. */
  private FormData defaults(Views.RelationshipView r) {
    Views.ContractView latest = RelationshipScreens.latest(r);
    return latest != null
        ? ContractForms.prefill(latest.terms())
        : ContractForms.firstDraft(relationship.settings(), r, calendar.today(), calendar.fmt());
  }

  private String path() {
    return RelationshipScreens.base(id) + "/contract";
  }
}
