package org.mentorlink.tool.exports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlink.domain.app.DocumentViews;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.tool.infrastructure.web.Messages;
import org.mentorlink.tool.present.Fmt;
import org.mentorlink.tool.present.Labels;

/**
 * The documents a person takes away — the CPD certificate, the signed session record and the signed
 * contract — from what {@link org.mentorlink.domain.app.DocumentService} decided they may have, as
 * tagged PDFs drawn from {@code templates/pdf/*.html} ({@link TaggedPdf}). Each carries its
 * verification code and the address where anyone can check it. Dates are UK dates in the scheme's
 * time zone; the words come from the message bundle; an empty field or section is left out. The
 * contract prints the exact text that was signed: its signatures hash that stored text, never this
 * PDF.
 *
 * <p>Templates call the small helpers below as {@code w}.
 */
@ApplicationScoped
public class DocumentPdfs {
  private final Labels labels = new Labels();

  /** The certificate: name, scheme, CPD year, credit, and the year's entries (no reflections). */
  public byte[] certificate(DocumentViews.CpdCertificate c, String verifyUrl, ZoneId zone) {
    return TaggedPdf.render(
        "certificate", model(zone, verifyUrl, Map.of("c", c)), c.issued().issuedAt());
  }

  /** The signed-off session record, for one of its parties: everything they wrote, and addenda. */
  public byte[] sessionRecord(
      DocumentViews.SessionRecordDocument d, String verifyUrl, ZoneId zone) {
    return TaggedPdf.render(
        "session-record", model(zone, verifyUrl, Map.of("d", d)), d.issued().issuedAt());
  }

  /** The signed contract: the exact text signed, its SHA-256, and each signature. */
  public byte[] contract(DocumentViews.ContractDocument d, String verifyUrl, ZoneId zone) {
    return TaggedPdf.render(
        "contract", model(zone, verifyUrl, Map.of("d", d)), d.issued().issuedAt());
  }

  private Map<String, Object> model(ZoneId zone, String verifyUrl, Map<String, Object> doc) {
    Map<String, Object> m = new java.util.HashMap<>(doc);
    m.put("fmt", new Fmt(zone));
    m.put("labels", labels);
    m.put("w", this);
    m.put("verifyUrl", verifyUrl);
    return m;
  }

  /** "Mentoring session 1" (a session's own words), "Mentor training: the deanery course". */
  public String activity(DocumentViews.CertificateLine e) {
    String what = present(e.description()) ? e.description().strip() : null;
    String kind = labels.of(e.activity());
    return switch (e.activity()) {
      case SESSION -> what == null ? kind : what;
      case MENTOR_TRAINING, SUPERVISION -> what == null ? kind : kind + ": " + what;
    };
  }

  /** "0.5 credits", "1 credit", "1.5 credits". */
  public String credits(CpdHours h) {
    return Messages.text("pdf.certificate.credits", h.halfHours(), h.toString());
  }

  /** The themes in words, in alphabetical order. */
  public String themes(Set<Theme> themes) {
    return themes.stream().map(labels::of).sorted().collect(Collectors.joining(", "));
  }

  /** Whether someone wrote something here (an empty field is left out of the document). */
  public boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
