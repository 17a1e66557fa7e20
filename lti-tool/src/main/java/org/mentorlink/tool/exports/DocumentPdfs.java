package org.mentorlink.tool.exports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mentorlink.domain.app.DocumentViews;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.tool.present.Fmt;
import org.mentorlink.tool.present.Labels;

/**
 * Draws the documents a person takes away — the CPD certificate, the signed session record and the
 * signed contract — from what {@link org.mentorlink.domain.app.DocumentService} decided they may
 * have. Each carries its verification code and the address where anyone can check it. Dates are UK
 * dates in Europe/London.
 */
@ApplicationScoped
public class DocumentPdfs {
  private final Labels labels = new Labels();

  /** The certificate: name, scheme, CPD year, credit, and the year's entries (no reflections). */
  public byte[] certificate(DocumentViews.CpdCertificate c, String verifyUrl, ZoneId zone) {
    Fmt fmt = new Fmt(zone);
    PdfLayout pdf =
        new PdfLayout(
            "CPD certificate " + c.yearLabel(), PdfLayout.calendar(c.issued().issuedAt()));
    pdf.title("CPD certificate");
    pdf.subtitle("Continuing professional development through mentoring, recorded in Mentorlink");
    pdf.field("Name", c.holderName());
    pdf.field("Scheme", c.schemeName());
    pdf.field(
        "CPD year", c.yearLabel() + ": " + fmt.day(c.yearStart()) + " to " + fmt.day(c.yearEnd()));
    pdf.field(
        "Credit",
        credits(c.credit())
            + " approved (the scheme's yearly target is "
            + c.yearlyTarget()
            + " credits)");
    if (!c.pending().isZero()) {
      pdf.field("Not yet credit", fmt.hours(c.pending()) + " waiting for reflection or approval");
    }
    pdf.field("Issued", fmt.dateTime(c.issued().issuedAt()));
    pdf.paragraph(
        "One credit is one hour of learning with a reflective note, approved by the scheme's"
            + " educator."
            + (c.impactMultiplier()
                ? " This scheme counts learning whose reflection shows an impact on practice twice."
                : "")
            + " Reflections and session notes are private to their owner and are not shown here.",
        9);

    pdf.heading("Entries in " + c.yearLabel());
    if (c.entries().isEmpty()) {
      pdf.paragraph("There are no entries in this CPD year.");
    } else {
      List<String[]> rows = new ArrayList<>();
      for (DocumentViews.CertificateLine e : c.entries()) {
        rows.add(
            new String[] {
              fmt.day(e.date()),
              activity(e.activity(), e.description()),
              labels.of(e.role()),
              e.hours().toString(),
              state(e.state()),
              e.credit().toString()
            });
      }
      pdf.table(
          new String[] {"Date", "Activity", "Role", "Hours", "State", "Credit"},
          new float[] {17, 37, 10, 8, 18, 8},
          rows);
    }
    pdf.field("Total credit", credits(c.credit()));
    pdf.verification(c.issued().code(), verifyUrl);
    return pdf.finish(c.issued().code(), verifyUrl);
  }

  /** The signed-off session record, for one of its parties: everything they wrote, and addenda. */
  public byte[] sessionRecord(
      DocumentViews.SessionRecordDocument d, String verifyUrl, ZoneId zone) {
    Fmt fmt = new Fmt(zone);
    PdfLayout pdf =
        new PdfLayout(
            "Mentoring session " + d.number() + " record",
            PdfLayout.calendar(d.issued().issuedAt()));
    pdf.title("Mentoring session record");
    pdf.subtitle("Signed off by the mentor and locked; later additions appear as addenda");
    pdf.field("Scheme", d.schemeName());
    pdf.field("Mentee", d.menteeName());
    pdf.field("Mentor", d.mentorName());
    pdf.field("Session", "Session " + d.number());
    pdf.field("Date", fmt.when(d.scheduledAt()));
    pdf.field("Duration", fmt.hours(d.duration()));
    pdf.field("How you met", labels.of(d.mode()));
    pdf.field("Signed off", "By the mentor on " + fmt.dateTime(d.signedOffAt()));
    pdf.field("Issued", fmt.dateTime(d.issued().issuedAt()) + " to " + d.holderName());

    pdf.heading("Agenda");
    pdf.paragraph(orNone(d.agenda()));
    pdf.heading("Themes and topics");
    pdf.field(
        "Themes",
        d.themes().isEmpty()
            ? "None recorded"
            : d.themes().stream().map(labels::of).sorted().collect(Collectors.joining(", ")));
    pdf.field("Topics", d.topics().isEmpty() ? "None recorded" : String.join(", ", d.topics()));
    pdf.heading("Goals reviewed");
    pdf.paragraph(orNone(d.goalsReviewed()));
    pdf.heading("Actions");
    if (d.actions().isEmpty()) {
      pdf.paragraph("None recorded.");
    } else {
      List<String[]> rows = new ArrayList<>();
      for (Views.ActionView a : d.actions()) {
        rows.add(
            new String[] {
              a.what(), labels.of(a.owner()), a.dueOn() == null ? "–" : fmt.day(a.dueOn())
            });
      }
      pdf.table(new String[] {"What", "Who", "By when"}, new float[] {64, 14, 22}, rows);
    }
    pdf.heading("The mentee's notes");
    pdf.paragraph(orNone(d.menteeNotes()));
    pdf.heading("The mentor's notes");
    pdf.paragraph(orNone(d.mentorNotes()));
    if (!d.addenda().isEmpty()) {
      pdf.heading("Addenda");
      for (Views.AddendumView a : d.addenda()) {
        pdf.field(a.by().name(), fmt.dateTime(a.at()));
        pdf.paragraph(a.text());
      }
    }
    pdf.paragraph(
        "This record is confidential to the mentee and the mentor, who alone can download it.", 9);
    pdf.verification(d.issued().code(), verifyUrl);
    return pdf.finish(d.issued().code(), verifyUrl);
  }

  /** The signed contract: the exact text signed, its SHA-256, and each signature. */
  public byte[] contract(DocumentViews.ContractDocument d, String verifyUrl, ZoneId zone) {
    Fmt fmt = new Fmt(zone);
    PdfLayout pdf =
        new PdfLayout(
            "Mentoring contract, version " + d.version(),
            PdfLayout.calendar(d.issued().issuedAt()));
    ContractTerms t = d.terms();
    pdf.title("Mentoring contract");
    pdf.subtitle("Version " + d.version() + ", signed by both the mentee and the mentor");
    pdf.field("Scheme", d.schemeName());
    pdf.field("Mentee", d.menteeName());
    pdf.field("Mentor", d.mentorName());
    pdf.field("Version", String.valueOf(d.version()));
    pdf.field(
        "Runs",
        "From " + fmt.day(t.startDate()) + ", to be reviewed on " + fmt.day(t.reviewDate()));
    pdf.field("Issued", fmt.dateTime(d.issued().issuedAt()) + " to " + d.holderName());

    pdf.heading("The text both signed");
    pdf.paragraph(d.text());
    pdf.field("SHA-256 of the text", d.sha256());

    pdf.heading("Signatures");
    for (DocumentViews.SignatureLine s : d.signatures()) {
      pdf.field(
          "Signed by the " + s.role().toLowerCase(java.util.Locale.ROOT),
          s.name() + " on " + fmt.dateTime(s.signedAt()));
      pdf.field("Text signed (SHA-256)", s.sha256());
    }
    pdf.paragraph(
        "A signature is the person's identity in their learning platform, the time, and the SHA-256"
            + " of the exact text signed. Any change to the contract is a new version, signed again.",
        9);
    pdf.verification(d.issued().code(), verifyUrl);
    return pdf.finish(d.issued().code(), verifyUrl);
  }

  private String activity(CpdActivity activity, String description) {
    String what = description == null || description.isBlank() ? null : description;
    return switch (activity) {
      case SESSION -> what == null ? "Mentoring session" : what;
      case MENTOR_TRAINING -> "Mentor training" + (what == null ? "" : ": " + what);
      case SUPERVISION -> "Supervision" + (what == null ? "" : ": " + what);
    };
  }

  private static String state(EntryState state) {
    return switch (state) {
      case AWAITING_REFLECTION -> "Waiting for reflection";
      case AWAITING_APPROVAL -> "Waiting for approval";
      case RETURNED -> "Returned for another reflection";
      case APPROVED -> "Approved";
    };
  }

  private static String credits(CpdHours h) {
    return h + (h.halfHours() == 2 ? " credit" : " credits");
  }

  private static String orNone(String s) {
    return s == null || s.isBlank() ? "None recorded." : s;
  }
}
