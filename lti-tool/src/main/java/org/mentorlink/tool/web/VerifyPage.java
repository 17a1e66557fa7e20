package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.DocumentService;
import org.mentorlink.domain.app.DocumentViews;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.verification.DocumentKind;
import org.mentorlink.tool.infrastructure.web.ErrorPages;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.infrastructure.web.Templates;
import org.mentorlink.tool.present.Fmt;

/**
 * The public check of a document's verification code: no launch, no session. It confirms that the
 * document was issued by this server, its kind, for whom (initials only), the period, the total,
 * when it was issued and whether a CPD entry it lists has since been reversed — and nothing else. A
 * code that is malformed or was never issued here gets a plain 404. HTML for people; JSON for
 * clients that ask for {@code application/json}. Never cached, framed only by Mentorlink itself,
 * not indexed.
 */
@Path("/verify")
@RequestScoped
public class VerifyPage {
  @Inject org.mentorlink.domain.shared.Calendar calendar;
  @Inject DocumentService documents;
  @Inject Templates templates;
  @Context HttpHeaders headers;

  /** What the page shows, already in words. {@code total} is null where a kind has none. */
  public record Shown(
      String kind,
      String issuedTo,
      String period,
      String totalLabel,
      String total,
      String covers,
      String issuedAt,
      boolean reversed,
      String status) {}

  @GET
  @Path("/{code}")
  @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  @Tag(name = "Documents")
  @Operation(
      summary =
          "Check a document's verification code (public, no session): whether this server issued"
              + " it, its kind, the holder's initials, the period, the totals, when it was issued and"
              + " whether an entry it lists has since been reversed")
  public Response verify(@PathParam("code") String code) {
    Optional<DocumentViews.Verification> found = documents.verify(code);
    boolean json = wantsJson();
    if (found.isEmpty()) {
      return json ? notIssuedJson() : page(404, Map.of("found", false));
    }
    DocumentViews.Verification v = found.get();
    if (json) {
      return headers(Response.ok(json(v).build().toString(), MediaType.APPLICATION_JSON_TYPE));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("found", true);
    model.put("v", shown(v, new Fmt(calendar.zone())));
    return page(200, model);
  }

  static Shown shown(DocumentViews.Verification v, Fmt fmt) {
    String kind;
    String period;
    String totalLabel = null;
    String total = null;
    String covers;
    switch (v.kind()) {
      case CPD_CERTIFICATE -> {
        kind = "CPD certificate";
        period =
            "CPD year "
                + v.periodLabel()
                + ": "
                + fmt.day(v.periodStart())
                + " to "
                + fmt.day(v.periodEnd());
        totalLabel = "Credit shown";
        total = credits(v.total()) + " approved";
        covers = v.itemsCovered() == 1 ? "1 CPD entry" : v.itemsCovered() + " CPD entries";
      }
      case SESSION_RECORD -> {
        kind = "Signed mentoring session record";
        period = v.periodLabel() + ", held on " + fmt.day(v.periodStart());
        totalLabel = "Duration";
        total = fmt.hours(v.total());
        covers = "1 session, signed off by the mentor";
      }
      case CONTRACT -> {
        kind = "Signed mentoring contract";
        period =
            v.periodLabel()
                + ", from "
                + fmt.day(v.periodStart())
                + ", to be reviewed on "
                + fmt.day(v.periodEnd());
        covers = "1 contract version, signed by mentee and mentor";
      }
      default -> throw new IllegalStateException(v.kind().name());
    }
    String status;
    if (v.reversed()) {
      int n = v.itemsReversed();
      int of = v.itemsCovered();
      status =
          (of == 1
                  ? "The entry it lists has"
                  : n + " of the " + of + " entries it lists " + (n == 1 ? "has" : "have"))
              + " since been reversed: the credit it shows no longer stands.";
    } else if (v.kind() == DocumentKind.CPD_CERTIFICATE) {
      status = "None of the entries it lists has been reversed since it was issued.";
    } else {
      status = "It stands as issued.";
    }
    return new Shown(
        kind,
        v.initials(),
        period,
        totalLabel,
        total,
        covers,
        fmt.dateTime(v.issuedAt()),
        v.reversed(),
        status);
  }

  static JsonObjectBuilder json(DocumentViews.Verification v) {
    JsonObjectBuilder period =
        Json.createObjectBuilder()
            .add("label", v.periodLabel())
            .add("start", v.periodStart().toString())
            .add("end", v.periodEnd().toString());
    if (v.contractVersion() != null) {
      period.add("contractVersion", v.contractVersion());
    }
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("issuedHere", true)
            .add("kind", v.kind().name())
            .add("issuedTo", v.initials())
            .add("period", period)
            .add("itemsCovered", v.itemsCovered())
            .add("itemsReversed", v.itemsReversed())
            .add("reversed", v.reversed())
            .add("issuedAt", v.issuedAt().toString());
    if (v.total() != null) {
      b.add(v.kind() == DocumentKind.CPD_CERTIFICATE ? "credit" : "hours", v.total().toString());
    }
    return b;
  }

  private Response notIssuedJson() {
    String body =
        ErrorPages.problemJson(
            new ErrorPages.Problem(
                404,
                "NOT_ISSUED_HERE",
                "No document with this verification code was issued by this server."));
    return headers(Response.status(404).type(ErrorPages.PROBLEM_JSON).entity(body));
  }

  private Response page(int status, Map<String, Object> model) {
    String html = templates.render("verify", model);
    // As bytes, as ErrorPages does: RESTEasy escapes a String entity of an error's text/html.
    return headers(
        Response.status(status)
            .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
            .entity(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static Response headers(Response.ResponseBuilder b) {
    return b.header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SecurityHeaders.policyFramedBy(""))
        // The address holds the code: never send it on as a referrer; keep it out of search
        // engines.
        .header("Referrer-Policy", "no-referrer")
        .header("X-Robots-Tag", "noindex, nofollow")
        .build();
  }

  /** JSON when the client prefers it to HTML (a browser's Accept header gets the page). */
  private boolean wantsJson() {
    if (headers == null) {
      return false;
    }
    for (MediaType t : headers.getAcceptableMediaTypes()) {
      if (t.isWildcardType()) {
        return false;
      }
      if (t.getSubtype().equals("json") || t.getSubtype().endsWith("+json")) {
        return true;
      }
      if (t.isCompatible(MediaType.TEXT_HTML_TYPE)) {
        return false;
      }
    }
    return false;
  }

  private static String credits(CpdHours h) {
    return h + (h.halfHours() == 2 ? " credit" : " credits");
  }
}
