package org.mentorlink.tool.api.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.infrastructure.web.ErrorPages.FieldError;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

class StrictJsonTest {
  /** Today in these tests: 27 March 2026, noon in London. */
  static final Instant NOW = Instant.parse("2026-03-27T12:00:00Z");

  enum Mode {
    IN_PERSON,
    VIDEO
  }

  record Item(@Schema(required = true) String what, @Within(DateWindow.DUE) LocalDate dueOn) {}

  record Body(
      @Schema(required = true) String name,
      String notes,
      Boolean passback,
      Integer capacity,
      Mode mode,
      Set<Mode> modes,
      List<String> topics,
      List<Item> items,
      @Within(DateWindow.SESSION) Instant at,
      LocalDate plain,
      MonthDay yearStart) {}

  private static Body read(String json) {
    return StrictJson.read(json, Body.class, NOW);
  }

  private static HttpProblem refused(String json) {
    return assertThrows(HttpProblem.class, () -> read(json), json);
  }

  private static FieldError only(HttpProblem p) {
    assertEquals(1, p.errors().size(), () -> p.errors().toString());
    return p.errors().get(0);
  }

  private static void refusesField(String json, String field, String code) {
    HttpProblem p = refused(json);
    assertEquals(400, p.status());
    FieldError e = only(p);
    assertEquals(field, e.field(), p.getMessage());
    assertEquals(code, e.code(), p.getMessage());
  }

  @Test
  void bindsAWellTypedBody() {
    Body b =
        read(
            """
            {"name":"Zoë","notes":"line one\\nline two","passback":false,"capacity":3,
             "mode":"VIDEO","modes":["VIDEO","IN_PERSON"],"topics":["a","b"],
             "items":[{"what":"call","dueOn":"2026-04-30"}],"at":"2026-04-01T09:30:00+01:00",
             "plain":"2024-02-29","yearStart":"04-01"}""");
    assertEquals("Zoë", b.name());
    assertEquals(Boolean.FALSE, b.passback());
    assertEquals(3, b.capacity());
    assertEquals(Mode.VIDEO, b.mode());
    assertEquals(Set.of(Mode.VIDEO, Mode.IN_PERSON), b.modes());
    assertEquals(LocalDate.parse("2026-04-30"), b.items().get(0).dueOn());
    assertEquals(Instant.parse("2026-04-01T08:30:00Z"), b.at());
    assertEquals(MonthDay.of(4, 1), b.yearStart());
  }

  @Test
  void readsAnEmptyBodyOrNullAsNoBody() {
    assertNull(read(""));
    assertNull(read("  \n"));
    assertNull(read("null"));
  }

  @Test
  void refusesAStringForABooleanAndANumberForAString() {
    refusesField("{\"name\":\"n\",\"passback\":\"yes\"}", "passback", "WRONG_TYPE");
    refusesField("{\"name\":\"n\",\"passback\":1}", "passback", "WRONG_TYPE");
    refusesField("{\"name\":\"n\",\"notes\":12}", "notes", "WRONG_TYPE");
    refusesField("{\"name\":true}", "name", "WRONG_TYPE");
    refusesField("{\"name\":\"n\",\"topics\":\"a\"}", "topics", "WRONG_TYPE");
    refusesField("{\"name\":\"n\",\"items\":{}}", "items", "WRONG_TYPE");
  }

  @Test
  void takesOnlyWholeNumbersInRangeForIntegers() {
    refusesField("{\"name\":\"n\",\"capacity\":\"3\"}", "capacity", "WRONG_TYPE");
    refusesField("{\"name\":\"n\",\"capacity\":1.5}", "capacity", "WRONG_TYPE");
    refusesField("{\"name\":\"n\",\"capacity\":1.0}", "capacity", "WRONG_TYPE");
    refusesField("{\"name\":\"n\",\"capacity\":2147483648}", "capacity", "NUMBER_OUT_OF_RANGE");
    refusesField("{\"name\":\"n\",\"capacity\":1e999999999}", "capacity", "WRONG_TYPE");
    refusesField(
        "{\"name\":\"n\",\"capacity\":99999999999999999999999}", "capacity", "NUMBER_OUT_OF_RANGE");
    assertEquals(-2147483648, read("{\"name\":\"n\",\"capacity\":-2147483648}").capacity());
  }

  @Test
  void refusesUnknownEnumValuesNamingTheAllowedOnes() {
    HttpProblem p = refused("{\"name\":\"n\",\"mode\":\"video\"}");
    assertEquals("UNKNOWN_VALUE", only(p).code());
    assertTrue(only(p).message().contains("IN_PERSON, VIDEO"), only(p).message());
    refusesField("{\"name\":\"n\",\"modes\":[\"VIDEO\",\"BY_POST\"]}", "modes[1]", "UNKNOWN_VALUE");
  }

  @Test
  void refusesNullItemsInArrays() {
    refusesField("{\"name\":\"n\",\"topics\":[\"a\",null]}", "topics[1]", "NULL_ITEM");
    refusesField("{\"name\":\"n\",\"modes\":[null]}", "modes[0]", "NULL_ITEM");
  }

  @Test
  void refusesMissingRequiredFieldsAlsoInsideArrays() {
    refusesField("{}", "name", "REQUIRED");
    refusesField("{\"name\":null}", "name", "REQUIRED");
    refusesField("{\"name\":\"n\",\"items\":[{\"what\":\"a\"},{}]}", "items[1].what", "REQUIRED");
  }

  @Test
  void refusesUnknownFieldsAtAnyDepth() {
    refusesField("{\"name\":\"n\",\"tenantId\":\"x\"}", "tenantId", "UNKNOWN_FIELD");
    refusesField(
        "{\"name\":\"n\",\"items\":[{\"what\":\"a\",\"owner\":\"me\"}]}",
        "items[0].owner",
        "UNKNOWN_FIELD");
  }

  @Test
  void refusesImpossibleAndForeignDates() {
    refusesField("{\"name\":\"n\",\"plain\":\"2025-02-30\"}", "plain", "INVALID_DATE");
    refusesField("{\"name\":\"n\",\"plain\":\"31/12/2025\"}", "plain", "INVALID_DATE");
    refusesField("{\"name\":\"n\",\"plain\":\"+999999999-12-31\"}", "plain", "INVALID_DATE");
    refusesField("{\"name\":\"n\",\"plain\":20250101}", "plain", "WRONG_TYPE");
    refusesField("{\"name\":\"n\",\"at\":\"2026-04-01T09:30:00\"}", "at", "INVALID_DATE");
    refusesField("{\"name\":\"n\",\"at\":\"2026-02-30T09:30:00Z\"}", "at", "INVALID_DATE");
    refusesField("{\"name\":\"n\",\"yearStart\":\"02-30\"}", "yearStart", "INVALID_DATE");
  }

  @Test
  void refusesDatesOutsideTheirWindowWithItsOwnCode() {
    HttpProblem p = refused("{\"name\":\"n\",\"at\":\"0001-01-01T00:00:00Z\"}");
    assertEquals("DATE_OUT_OF_RANGE", p.code());
    assertEquals("at", only(p).field());
    assertEquals(
        "DATE_OUT_OF_RANGE", refused("{\"name\":\"n\",\"at\":\"9999-12-31T23:59:59Z\"}").code());
    // A session: 5 years back, 2 ahead.
    read("{\"name\":\"n\",\"at\":\"2021-03-28T00:00:00Z\"}");
    refused("{\"name\":\"n\",\"at\":\"2021-03-26T00:00:00Z\"}");
    read("{\"name\":\"n\",\"at\":\"2028-03-27T12:00:00Z\"}");
    refused("{\"name\":\"n\",\"at\":\"2028-03-28T12:00:00Z\"}");
    refusesField(
        "{\"name\":\"n\",\"items\":[{\"what\":\"a\",\"dueOn\":\"2099-01-01\"}]}",
        "items[0].dueOn",
        "DATE_OUT_OF_RANGE");
    // A date without a window is only held to being real.
    assertEquals(
        LocalDate.parse("1900-01-01"), read("{\"name\":\"n\",\"plain\":\"1900-01-01\"}").plain());
  }

  @Test
  void refusesControlCharactersButNotTabsAndLineBreaks() {
    HttpProblem p = refused("{\"name\":\"n\",\"notes\":\"a\\u0000b\"}");
    assertEquals("TEXT_CONTROL_CHARACTERS", p.code());
    assertEquals("notes", only(p).field());
    refusesField("{\"name\":\"n\",\"notes\":\"\\u001b[31m\"}", "notes", "TEXT_CONTROL_CHARACTERS");
    refusesField(
        "{\"name\":\"n\",\"topics\":[\"\\u0007\"]}", "topics[0]", "TEXT_CONTROL_CHARACTERS");
    refusesField("{\"name\":\"n\",\"notes\":\"\\ud800\"}", "notes", "TEXT_CONTROL_CHARACTERS");
    assertEquals("a\tb\r\nc", read("{\"name\":\"n\",\"notes\":\"a\\tb\\r\\nc\"}").notes());
  }

  @Test
  void namesEveryProblemAtOnce() {
    HttpProblem p = refused("{\"passback\":\"yes\",\"capacity\":\"2\",\"zz\":1}");
    assertEquals("VALIDATION_FAILED", p.code());
    assertEquals(
        Set.of("zz", "name", "passback", "capacity"),
        p.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void refusesWhatIsNotJson() {
    for (String broken :
        List.of(
            "{\"helpWith\":",
            "{\"name\":\"n\",}",
            "{'name':'n'}",
            "{\"name\":\"n\"} trailing",
            "{\"a\": NaN}",
            "[".repeat(100) + "]".repeat(100),
            "{\"name\":\"n\",\"name\":\"m\"}")) {
      HttpProblem p = refused(broken);
      assertEquals("JSON_MALFORMED", p.code(), broken);
      assertEquals(400, p.status());
    }
    HttpProblem p = refused("[]");
    assertEquals("VALIDATION_FAILED", p.code());
    assertEquals("(body)", only(p).field());
    assertEquals("VALIDATION_FAILED", refused("\"text\"").code());
  }
}
