package org.mentorlink.tool.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import org.mentorlink.domain.app.DocumentService;
import org.mentorlink.domain.app.DocumentViews;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.tool.infrastructure.web.PublicUrls;

/**
 * The PDF downloads behind the API's {@code *.pdf} endpoints: the service decides what the actor
 * may have and records the verification code; this draws the PDF and sends it as an attachment that
 * is never cached.
 */
@ApplicationScoped
public class DocumentDownloads {
  /** The media type of every document. */
  public static final String PDF = "application/pdf";

  @Inject DocumentService documents;
  @Inject DocumentPdfs pdfs;
  @Inject SchemeService schemes;
  @Inject PublicUrls urls;

  /** The actor's CPD certificate for {@code year} ("2025/26"; the current year when blank). */
  public Response certificate(Actor actor, String course, String year, UriInfo uriInfo) {
    DocumentViews.CpdCertificate c = documents.cpdCertificate(actor, course, year);
    return attachment(
        pdfs.certificate(c, verifyUrl(uriInfo, c.issued()), zone(actor, course)),
        "mentorlink-cpd-certificate-" + c.yearLabel().replace('/', '-') + ".pdf");
  }

  /** A signed-off session's record, for a party of the relationship. */
  public Response sessionRecord(
      Actor actor, String course, String relationshipId, String sessionId, UriInfo uriInfo) {
    DocumentViews.SessionRecordDocument d =
        documents.sessionRecord(actor, course, relationshipId, sessionId);
    return attachment(
        pdfs.sessionRecord(d, verifyUrl(uriInfo, d.issued()), zone(actor, course)),
        "mentorlink-session-" + d.number() + "-record.pdf");
  }

  /** A fully signed contract version, for a party of the relationship. */
  public Response contract(
      Actor actor, String course, String relationshipId, String contractId, UriInfo uriInfo) {
    DocumentViews.ContractDocument d =
        documents.contract(actor, course, relationshipId, contractId);
    return attachment(
        pdfs.contract(d, verifyUrl(uriInfo, d.issued()), zone(actor, course)),
        "mentorlink-contract-version-" + d.version() + ".pdf");
  }

  /** The time zone the course's documents are dated in. */
  private ZoneId zone(Actor actor, String course) {
    return schemes.calendar(actor, course).zone();
  }

  /** {@code <public base>/verify/<code>}. */
  String verifyUrl(UriInfo uriInfo, DocumentViews.Issued issued) {
    return urls.of(uriInfo, "/verify/" + issued.code());
  }

  static Response attachment(byte[] pdf, String filename) {
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
