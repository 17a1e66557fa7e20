package org.mentorlink.domain.scheme;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.testing.Schemes;

class SchemeSettingsTest {
  private static final SessionAllowance FOUR_IN_TWELVE = new SessionAllowance(4, 12, null);

  @Test
  void defaultsAreFourTwoHourSessionsInTwelveMonthsWithCpdFromFirstApril() {
    SchemeSettings d = SchemeSettings.defaults("New scheme");

    assertEquals(FOUR_IN_TWELVE, d.allowance());
    assertEquals(CpdHours.of("2"), d.defaultSessionLength());
    assertEquals(MonthDay.of(4, 1), d.cpdYearStart());
    assertEquals(CpdApproval.MANUAL, d.cpdApproval());
    assertEquals(5, d.feedbackMinimumGroup());
    assertEquals(SchemeSettings.DEFAULT_CONFIDENTIALITY, d.confidentialityText());
    assertTrue(d.signposts().isEmpty());
    assertNull(d.timeZone(), "the tool's configured zone");
  }

  @Test
  void aSchemeMayHaveItsOwnTimeZoneRegion() {
    SchemeSettings s = Schemes.settings().withTimeZone(ZoneId.of("Europe/Belfast"));

    assertEquals(ZoneId.of("Europe/Belfast"), s.timeZone());
    assertNull(s.withTimeZone(null).timeZone());
  }

  @Test
  void refusesATimeZoneThatIsAnOffsetRatherThanARegion() {
    refused("INVALID_TIME_ZONE", () -> Schemes.settings().withTimeZone(ZoneOffset.ofHours(1)));
    refused("INVALID_TIME_ZONE", () -> Schemes.settings().withTimeZone(ZoneId.of("UTC+01:00")));
  }

  @ParameterizedTest
  @CsvSource({"0, 12", "101, 12", "4, 0", "4, 61", "-1, 12"})
  void rejectsAllowanceOutOfBounds(int sessions, int months) {
    refused("INVALID_ALLOWANCE", () -> new SessionAllowance(sessions, months, null));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 53})
  void rejectsYearlyMinimumOutOfBounds(int minimum) {
    refused("INVALID_ALLOWANCE", () -> new SessionAllowance(4, 12, minimum));
  }

  @Test
  void acceptsAllowanceAtItsBounds() {
    assertDoesNotThrow(() -> new SessionAllowance(1, 1, 0));
    assertDoesNotThrow(() -> new SessionAllowance(100, 60, 52));
    assertNull(new SessionAllowance(4, 12, null).yearlyMinimum());
  }

  @Test
  void describesTheAllowanceInWords() {
    assertEquals("4 sessions in 12 months", FOUR_IN_TWELVE.describe());
    assertEquals("1 session in 1 month", new SessionAllowance(1, 1, null).describe());
    assertEquals("4 sessions in 12 months", new SessionAllowance(4, 12, 0).describe());
    assertEquals(
        "4 sessions in 12 months, at least 3 a year", new SessionAllowance(4, 12, 3).describe());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 51, 0})
  void rejectsFeedbackMinimumGroupOutOfBounds(int k) {
    refused("INVALID_SCHEME_SETTINGS", () -> Schemes.settings(FOUR_IN_TWELVE, "2", k));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 50})
  void acceptsFeedbackMinimumGroupAtItsBounds(int k) {
    assertEquals(k, Schemes.settings(FOUR_IN_TWELVE, "2", k).feedbackMinimumGroup());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "8.5", "12"})
  void rejectsDefaultSessionLengthOutsideHalfAnHourToEightHours(String hours) {
    refused("INVALID_SCHEME_SETTINGS", () -> Schemes.settings(FOUR_IN_TWELVE, hours, 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "8", "1.5"})
  void acceptsDefaultSessionLengthFromHalfAnHourToEightHours(String hours) {
    assertEquals(
        CpdHours.of(hours), Schemes.settings(FOUR_IN_TWELVE, hours, 5).defaultSessionLength());
  }

  @Test
  void rejectsDefaultSessionLengthThatIsNotWholeHalfHours() {
    refused("CPD_HOURS_NOT_HALF_STEP", () -> Schemes.settings(FOUR_IN_TWELVE, "1.25", 5));
  }

  @Test
  void rejectsMissingRequiredSettings() {
    CpdHours two = CpdHours.of("2");
    MonthDay april = MonthDay.of(4, 1);
    CpdApproval manual = CpdApproval.MANUAL;
    refused(
        "INVALID_SCHEME_SETTINGS",
        () -> new SchemeSettings(" ", null, FOUR_IN_TWELVE, two, april, manual, 5, null, null));
    refused(
        "INVALID_SCHEME_SETTINGS",
        () -> new SchemeSettings("S", null, null, two, april, manual, 5, null, null));
    refused(
        "INVALID_SCHEME_SETTINGS",
        () -> new SchemeSettings("S", null, FOUR_IN_TWELVE, null, april, manual, 5, null, null));
    refused(
        "INVALID_SCHEME_SETTINGS",
        () -> new SchemeSettings("S", null, FOUR_IN_TWELVE, two, null, manual, 5, null, null));
    refused(
        "INVALID_SCHEME_SETTINGS",
        () -> new SchemeSettings("S", null, FOUR_IN_TWELVE, two, april, null, 5, null, null));
  }

  @Test
  void blankConfidentialityTextFallsBackToTheDefaultAndCustomTextIsKept() {
    SchemeSettings blank =
        new SchemeSettings(
            "S",
            null,
            FOUR_IN_TWELVE,
            CpdHours.of("2"),
            MonthDay.of(4, 1),
            CpdApproval.AUTOMATIC,
            5,
            "  ",
            null);
    SchemeSettings custom =
        new SchemeSettings(
            "S",
            null,
            FOUR_IN_TWELVE,
            CpdHours.of("2"),
            MonthDay.of(4, 1),
            CpdApproval.AUTOMATIC,
            5,
            "  Our own limits.  ",
            null);

    assertEquals(SchemeSettings.DEFAULT_CONFIDENTIALITY, blank.confidentialityText());
    assertEquals("Our own limits.", custom.confidentialityText());
    assertTrue(blank.regions().isEmpty());
    assertTrue(blank.signposts().isEmpty());
  }

  @Test
  void rejectsMoreThanTwentySignposts() {
    List<Signpost> many = Collections.nCopies(21, Schemes.COUNSELLING);

    refused(
        "INVALID_SCHEME_SETTINGS",
        () ->
            new SchemeSettings(
                "S",
                null,
                FOUR_IN_TWELVE,
                CpdHours.of("2"),
                MonthDay.of(4, 1),
                CpdApproval.MANUAL,
                5,
                null,
                many));
  }

  @Test
  void tidiesRegionsAndBoundsTheirNumber() {
    SchemeSettings s =
        new SchemeSettings(
            "S",
            List.of(" Leeds ", "", "Leeds", "Bradford"),
            FOUR_IN_TWELVE,
            CpdHours.of("2"),
            MonthDay.of(4, 1),
            CpdApproval.MANUAL,
            5,
            null,
            null);
    assertEquals(List.of("Leeds", "Bradford"), s.regions());

    List<String> tooMany =
        java.util.stream.IntStream.range(0, 21).mapToObj(i -> "Region " + i).toList();
    refused(
        "TOO_MANY_ITEMS",
        () ->
            new SchemeSettings(
                "S",
                tooMany,
                FOUR_IN_TWELVE,
                CpdHours.of("2"),
                MonthDay.of(4, 1),
                CpdApproval.MANUAL,
                5,
                null,
                null));
  }

  @Test
  void signpostNeedsANameAndAWebLinkIfAny() {
    refused("INVALID_SIGNPOST", () -> new Signpost(" ", "x", null));
    refused("INVALID_SIGNPOST", () -> new Signpost("OH", null, "javascript:alert(1)"));
    refused("INVALID_SIGNPOST", () -> new Signpost("OH", null, "ftp://files.example.org/"));
    refused("INVALID_SIGNPOST", () -> new Signpost("OH", null, "not a link at all"));

    Signpost oh = new Signpost(" Occupational health ", " ", "https://oh.example.org/");
    assertEquals("Occupational health", oh.name());
    assertNull(oh.description());
    assertEquals("https://oh.example.org/", oh.link());
    assertNull(new Signpost("GP health service", null, " ").link());
  }
}
