package org.mentorlink.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.MonthDay;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.MentorDetails;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.relationship.Goal;
import org.mentorlink.domain.relationship.GoalOption;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.scheme.SessionAllowance;
import org.mentorlink.domain.scheme.Signpost;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Times;

/**
 * Where one code covers several attributes ({@code CONTRACT_INCOMPLETE}, {@code TEXT_TOO_LONG},
 * {@code INVALID_SCHEME_SETTINGS}, …) the refusal names the attribute at fault, so that a form puts
 * the message against the right field without reading it.
 */
class BrokenRuleFieldTest {
  private static final String LONG = "x".repeat(20001);
  private static final Mentoring M = Relationships.aRelationship();

  static Stream<Arguments> refusals() {
    return Stream.of(
        // The contract.
        refusal("CONTRACT_INCOMPLETE", "groundRules", () -> terms(" ", "C", "O", "F", "A")),
        refusal("CONTRACT_INCOMPLETE", "confidentiality", () -> terms("G", LONG, "O", "F", "A")),
        refusal("CONTRACT_INCOMPLETE", "objectives", () -> terms("G", "C", "", "F", "A")),
        refusal("CONTRACT_INCOMPLETE", "meetingFrequency", () -> terms("G", "C", "O", null, "A")),
        refusal("CONTRACT_INCOMPLETE", "allowance", () -> terms("G", "C", "O", "F", " ")),
        refusal(
            "CONTRACT_INCOMPLETE",
            "mode",
            () ->
                new ContractTerms(
                    "G",
                    "C",
                    null,
                    "O",
                    "F",
                    null,
                    null,
                    Times.TODAY,
                    Times.TODAY.plusDays(1),
                    "A")),
        refusal(
            "CONTRACT_INCOMPLETE",
            "startDate",
            () ->
                new ContractTerms(
                    "G", "C", null, "O", "F", MeetingMode.VIDEO, null, null, Times.TODAY, "A")),
        refusal(
            "CONTRACT_INCOMPLETE",
            "reviewDate",
            () ->
                new ContractTerms(
                    "G", "C", null, "O", "F", MeetingMode.VIDEO, null, Times.TODAY, null, "A")),
        refusal(
            "CONTRACT_DATES",
            "reviewDate",
            () ->
                new ContractTerms(
                    "G",
                    "C",
                    null,
                    "O",
                    "F",
                    MeetingMode.VIDEO,
                    null,
                    Times.TODAY,
                    Times.TODAY,
                    "A")),
        refusal(
            "TEXT_TOO_LONG",
            "boundaries",
            () ->
                new ContractTerms(
                    "G",
                    "C",
                    LONG,
                    "O",
                    "F",
                    MeetingMode.VIDEO,
                    null,
                    Times.TODAY,
                    Times.TODAY.plusDays(1),
                    "A")),
        refusal(
            "TEXT_TOO_LONG",
            "venue",
            () ->
                new ContractTerms(
                    "G",
                    "C",
                    null,
                    "O",
                    "F",
                    MeetingMode.VIDEO,
                    LONG,
                    Times.TODAY,
                    Times.TODAY.plusDays(1),
                    "A")),
        // A session's record.
        refusal("TEXT_TOO_LONG", "notes", () -> record(LONG + "x", List.of(), null, List.of())),
        refusal("TEXT_TOO_LONG", "topics", () -> record(null, List.of(LONG), null, List.of())),
        refusal("TOO_MANY_ITEMS", "topics", () -> record(null, numbered(21), null, List.of())),
        refusal("TEXT_TOO_LONG", "goalsReviewed", () -> record(null, List.of(), LONG, List.of())),
        refusal(
            "TOO_MANY_ITEMS",
            "actions",
            () ->
                record(
                    null,
                    List.of(),
                    null,
                    Collections.nCopies(
                        31, new ActionItem("Read", ActionItem.Owner.MENTEE, null)))),
        refusal("INVALID_ACTION", "what", () -> new ActionItem(" ", ActionItem.Owner.MENTEE, null)),
        refusal("INVALID_ACTION", "owner", () -> new ActionItem("Read", null, null)),
        // A goal.
        refusal("INVALID_OPTION", "option", () -> new GoalOption(" ", null)),
        refusal("TEXT_TOO_LONG", "criteria", () -> new GoalOption("Ask", LONG)),
        refusal("TEXT_TOO_LONG", "reality", () -> develop(LONG, List.of(), null)),
        refusal(
            "TOO_MANY_ITEMS",
            "options",
            () -> develop(null, Collections.nCopies(11, new GoalOption("Ask", null)), null)),
        refusal("TEXT_TOO_LONG", "chosenAction", () -> develop(null, List.of(), LONG)),
        // The scheme's settings.
        refusal("INVALID_SCHEME_SETTINGS", "name", () -> settings(" ", List.of(), 5, List.of())),
        refusal("TOO_MANY_ITEMS", "regions", () -> settings("S", numbered(21), 5, List.of())),
        refusal("TEXT_TOO_LONG", "regions", () -> settings("S", List.of(LONG), 5, List.of())),
        refusal(
            "INVALID_SCHEME_SETTINGS",
            "feedbackMinimumGroup",
            () -> settings("S", List.of(), 2, List.of())),
        refusal(
            "INVALID_SCHEME_SETTINGS",
            "signposts",
            () ->
                settings(
                    "S", List.of(), 5, Collections.nCopies(21, new Signpost("S", null, null)))),
        refusal(
            "INVALID_SCHEME_SETTINGS",
            "defaultSessionLength",
            () ->
                new SchemeSettings(
                    "S",
                    List.of(),
                    allowance(),
                    CpdHours.of("9"),
                    MonthDay.of(4, 1),
                    CpdApproval.MANUAL,
                    5,
                    null,
                    List.of())),
        refusal(
            "INVALID_SCHEME_SETTINGS",
            "cpdYearStart",
            () ->
                new SchemeSettings(
                    "S",
                    List.of(),
                    allowance(),
                    CpdHours.of("1"),
                    null,
                    CpdApproval.MANUAL,
                    5,
                    null,
                    List.of())),
        refusal(
            "INVALID_SCHEME_SETTINGS",
            "confidentialityText",
            () ->
                new SchemeSettings(
                    "S",
                    List.of(),
                    allowance(),
                    CpdHours.of("1"),
                    MonthDay.of(4, 1),
                    CpdApproval.MANUAL,
                    5,
                    LONG,
                    List.of())),
        refusal("INVALID_ALLOWANCE", "sessions", () -> new SessionAllowance(0, 12, null)),
        refusal("INVALID_ALLOWANCE", "periodMonths", () -> new SessionAllowance(4, 61, null)),
        refusal("INVALID_ALLOWANCE", "yearlyMinimum", () -> new SessionAllowance(4, 12, 53)),
        refusal("INVALID_SIGNPOST", "name", () -> new Signpost(" ", null, null)),
        refusal("TEXT_TOO_LONG", "description", () -> new Signpost("S", LONG, null)),
        refusal("TEXT_TOO_LONG", "link", () -> new Signpost("S", null, LONG)),
        refusal("INVALID_SIGNPOST", "link", () -> new Signpost("S", null, "javascript:alert(1)")),
        // The intake form and the mentor's profile.
        refusal("TEXT_TOO_LONG", "otherDetails", () -> request(LONG, null, List.of(), null, null)),
        refusal("TEXT_TOO_LONG", "preferredArea", () -> request(null, LONG, List.of(), null, null)),
        refusal(
            "TEXT_TOO_LONG", "mustNotMatch", () -> request(null, null, List.of(LONG), null, null)),
        refusal("TEXT_TOO_LONG", "lineManager", () -> request(null, null, List.of(), LONG, null)),
        refusal("TEXT_TOO_LONG", "practice", () -> request(null, null, List.of(), null, LONG)),
        refusal(
            "TEXT_TOO_LONG",
            "areas",
            () -> mentor(List.of(LONG), List.of(), null, null, List.of())),
        refusal(
            "TEXT_TOO_LONG",
            "specialties",
            () -> mentor(List.of(), List.of(LONG), null, null, List.of())),
        refusal(
            "TEXT_TOO_LONG",
            "availability",
            () -> mentor(List.of(), List.of(), LONG, null, List.of())),
        refusal(
            "TEXT_TOO_LONG", "practice", () -> mentor(List.of(), List.of(), null, LONG, List.of())),
        refusal(
            "TEXT_TOO_LONG",
            "mustNotMentor",
            () -> mentor(List.of(), List.of(), null, null, List.of(LONG))));
  }

  @ParameterizedTest(name = "{0} names {1}")
  @MethodSource("refusals")
  void aRefusalNamesTheFieldAtFault(String code, String field, Executable action) {
    DomainException e = assertThrows(DomainException.class, action);
    assertEquals(code, e.code(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void aRuleAboutTheWholeNamesNoField() {
    assertNull(new DomainException("NO_COURSE", "Open Mentorlink from a course.").field());
    assertNull(assertThrows(DomainException.class, () -> CpdHours.of("0.3")).field());
  }

  @Test
  void aRefusedTransitionIsAConflict() {
    assertInstanceOf(StateConflict.class, new InvalidTransition("GOAL_CLOSED", "Closed."));
  }

  // ------------------------------------------------------------------ builders

  private static Arguments refusal(String code, String field, Executable action) {
    return Arguments.of(code, field, action);
  }

  private static ContractTerms terms(
      String groundRules,
      String confidentiality,
      String objectives,
      String frequency,
      String allowance) {
    return new ContractTerms(
        groundRules,
        confidentiality,
        null,
        objectives,
        frequency,
        MeetingMode.VIDEO,
        null,
        Times.TODAY,
        Times.TODAY.plusMonths(6),
        allowance);
  }

  private static SessionRecordDetails record(
      String notes, List<String> topics, String goalsReviewed, List<ActionItem> actions) {
    return new SessionRecordDetails(notes, Set.of(), topics, goalsReviewed, actions);
  }

  private static void develop(String reality, List<GoalOption> options, String action) {
    Goal g = Goal.set(M.relationship(), M.mentee(), "Decide", Times.NOW);
    g.develop(M.relationship(), M.mentee(), "Decide", reality, options, action, null);
  }

  private static SessionAllowance allowance() {
    return new SessionAllowance(4, 12, null);
  }

  private static SchemeSettings settings(
      String name, List<String> regions, int k, List<Signpost> signposts) {
    return new SchemeSettings(
        name,
        regions,
        allowance(),
        CpdHours.of("2"),
        MonthDay.of(4, 1),
        CpdApproval.MANUAL,
        k,
        null,
        signposts);
  }

  private static RequestDetails request(
      String other, String area, List<String> avoid, String lineManager, String practice) {
    return new RequestDetails(
        Set.of(org.mentorlink.domain.request.HelpTopic.CAREER_DECISION),
        other,
        area,
        Set.of(),
        avoid,
        lineManager,
        practice);
  }

  private static MentorDetails mentor(
      List<String> areas,
      List<String> specialties,
      String availability,
      String practice,
      List<String> avoid) {
    return new MentorDetails(
        areas,
        specialties,
        Set.of(),
        2,
        TrainingStatus.NOT_TRAINED,
        null,
        availability,
        practice,
        avoid);
  }

  private static List<String> numbered(int n) {
    return Stream.iterate(1, i -> i + 1).limit(n).map(i -> "item " + i).toList();
  }
}
