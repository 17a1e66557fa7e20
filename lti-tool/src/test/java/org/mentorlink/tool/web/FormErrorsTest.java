package org.mentorlink.tool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.StateConflict;

/**
 * A broken rule lands on the form field its attribute or its code names — never the field whose
 * name its message happens to contain — and a conflict makes the page a 409.
 */
class FormErrorsTest {
  private static final String LONG = "x".repeat(5000);

  @Test
  void theAttributeDecidesNotTheWordsOfTheMessage() {
    DomainException e =
        new DomainException("TEXT_TOO_LONG", "venue", "Ground rules and objectives are too long.");
    FormErrors errors = new FormErrors().add(e, ContractForms.ERRORS);
    assertEquals("venue", errors.list().get(0).field());
    assertEquals("Ground rules and objectives are too long.", errors.message("venue"));
  }

  @Test
  void theCodeDecidesWhenNoAttributeIsNamed() {
    FormErrors errors =
        new FormErrors()
            .add(new DomainException("INVALID_DURATION", "Say the date."), SessionForms.SCHEDULING)
            .add(new DomainException("INVALID_MODE", "The duration."), SessionForms.MOVING)
            .add(new DomainException("SOMETHING_ELSE", "The mode."), SessionForms.SCHEDULING);
    assertTrue(errors.has("duration"), errors.list()::toString);
    assertTrue(errors.has("new-mode"), errors.list()::toString);
    assertTrue(errors.has("date"), "anything else goes to the form's main field");
  }

  @Test
  void notFoundAndForbiddenAreNotFormErrors() {
    NotFound missing = new NotFound("That goal");
    assertSame(missing, assertThrows(NotFound.class, () -> new FormErrors().add(missing, "goal")));
    assertThrows(Forbidden.class, () -> new FormErrors().add(new Forbidden("No."), "goal"));
  }

  @Test
  void aConflictMakesThePageA409() {
    assertEquals(422, new FormErrors().add(new DomainException("X", "Bad."), "a").status());
    assertEquals(
        409, new FormErrors().add(new StateConflict("SCHEME_EXISTS", "Exists."), "name").status());
    assertEquals(
        409, new FormErrors().add(new InvalidTransition("GOAL_CLOSED", "Closed."), "g").status());
  }

  @Test
  void contractTermsThatBreakARuleGoAgainstTheirField() {
    assertEquals("frequency", contractError(contract().put("frequency", " ")));
    assertEquals("boundaries", contractError(contract().put("boundaries", LONG)));
    assertEquals("venue", contractError(contract().put("venue", LONG)));
    assertEquals("allowance", contractError(contract().put("allowance", "")));
    assertEquals("review-date", contractError(contract().put("review-date", "2026-01-01")));
    assertNull(contractError(contract()), "a complete contract is read without errors");
  }

  @Test
  void aSessionRecordThatBreaksARuleGoesAgainstItsFieldOrRow() {
    assertEquals("topics", recordError(FormData.empty().put("topics", "x".repeat(101))));
    assertEquals("goals-reviewed", recordError(FormData.empty().put("goals-reviewed", LONG)));
    assertEquals(
        "action-owner-1",
        recordError(
            FormData.empty()
                .put("action-what", java.util.List.of("Read", "Call the BMA"))
                .put("action-owner", java.util.List.of("MENTEE", ""))
                .put("action-due", java.util.List.of("", ""))));
    assertEquals(
        "action-what-0",
        recordError(
            FormData.empty()
                .put("action-what", java.util.List.of(" "))
                .put("action-owner", java.util.List.of("MENTEE"))
                .put("action-due", java.util.List.of("2026-05-01"))));
  }

  @Test
  void schemeSettingsThatBreakARuleGoAgainstTheirFieldOrRow() {
    FormData f = SchemeForms.prefill(SchemeSettings.defaults("Cardiology"));
    assertEquals(
        "feedback-k",
        schemeError(SchemeForms.prefill(SchemeSettings.defaults("C")).put("feedback-k", "2")));
    assertEquals("allowance-months", schemeError(f.put("allowance-months", "61")));
    FormData signpost =
        SchemeForms.prefill(SchemeSettings.defaults("C"))
            .put("signpost-name", java.util.List.of("Practitioner Health"))
            .put("signpost-description", java.util.List.of(""))
            .put("signpost-link", java.util.List.of("ftp://example.org"));
    assertEquals("signpost-link-0", schemeError(signpost));
  }

  @Test
  void aGoalOptionThatBreaksARuleGoesAgainstItsRow() {
    FormErrors errors = new FormErrors();
    GoalForms.read(
        FormData.empty()
            .put("option", java.util.List.of("Ask the partners", "Wait"))
            .put("criteria", java.util.List.of("", "x".repeat(1001))),
        errors);
    assertEquals("criteria-1", errors.list().get(0).field());
    assertTrue(errors.list().get(0).message().startsWith("Option 2: "));
  }

  // ------------------------------------------------------------------ helpers

  private static FormData contract() {
    return FormData.empty()
        .put("ground-rules", "On time.")
        .put("confidentiality", SchemeSettings.DEFAULT_CONFIDENTIALITY)
        .put("objectives", "Decide about a partnership.")
        .put("frequency", "Monthly")
        .put("mode", "VIDEO")
        .put("start-date", LocalDate.of(2026, 3, 1))
        .put("review-date", LocalDate.of(2026, 9, 1))
        .put("allowance", "4 sessions in 12 months");
  }

  private static String contractError(FormData f) {
    FormErrors errors = new FormErrors();
    ContractTerms terms = ContractForms.read(f, errors);
    return terms != null ? null : errors.list().get(0).field();
  }

  private static String recordError(FormData f) {
    FormErrors errors = new FormErrors();
    SessionRecordDetails details = SessionForms.record(f, errors);
    return details != null ? null : errors.list().get(0).field();
  }

  private static String schemeError(FormData f) {
    FormErrors errors = new FormErrors();
    SchemeSettings settings = SchemeForms.read(f, errors);
    return settings != null ? null : errors.list().get(0).field();
  }
}
