package org.mentorlink.tool.exports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.SubjectViews;

class SubjectPdfTest {
  @Test
  void readsInPlainWordsWithEmptyFieldsLeftOut() {
    byte[] pdf =
        SubjectPdf.of(
            new SubjectViews.SubjectExport(
                Instant.parse("2025-06-02T13:45:00Z"),
                new SubjectViews.PersonData(
                    "p1",
                    "sub-1",
                    "Dr Ada Lovelace",
                    null,
                    Instant.parse("2025-01-02T09:00:00Z"),
                    null),
                List.of(
                    new SubjectViews.SchemeData(
                        "s1",
                        "West Yorkshire GP Mentoring",
                        "course-1",
                        List.of("MENTEE", "MATCHING_COORDINATOR"),
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null))),
            ZoneId.of("Europe/London"));
    String text = DocumentPdfsTest.text(pdf);
    assertTrue(text.contains("Exported 2 June 2025, 14:45"), text);
    assertTrue(text.contains("Scheme 1: West Yorkshire GP Mentoring"), text);
    assertTrue(text.contains("Roles Mentee, Coordinator who matches"), text);
    assertTrue(text.contains("First seen 2 January 2025, 09:00"), text);
    assertFalse(text.contains("MENTEE"), "no enum names");
    assertFalse(text.contains("Email"), "an empty field is left out");
    assertFalse(text.contains("Last seen"), "an empty field is left out");
  }
}
