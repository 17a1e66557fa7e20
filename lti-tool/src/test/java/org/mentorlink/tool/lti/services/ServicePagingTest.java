package org.mentorlink.tool.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.infrastructure.http.OutboundHttp;

/** Link headers, member lists and line-item lists as platforms send them. */
class ServicePagingTest {
  private static final LocalDate YEAR = LocalDate.of(2026, 4, 1);
  private static final String ITEMS =
      "https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=1";

  private static OutboundHttp.Answer withLinks(String... links) {
    return new OutboundHttp.Answer(
        200, HttpHeaders.of(Map.of("Link", List.of(links)), (a, b) -> true), "{}");
  }

  @Test
  void readsTheNextLinkAmongOthers() {
    assertEquals(
        Optional.of("https://p.example/m?page=2"),
        MembershipClient.nextLink(
            withLinks(
                "<https://p.example/m?page=0>; rel=\"first\", <https://p.example/m?page=2>;"
                    + " rel=\"next\"")));
    assertEquals(Optional.of("/m?p=3"), MembershipClient.nextLink(withLinks("</m?p=3>; rel=next")));
    assertEquals(
        Optional.of("x"),
        MembershipClient.nextLink(withLinks("<x>; title=\"a\"; rel=\"prev next\"")));
    assertEquals(Optional.empty(), MembershipClient.nextLink(withLinks("<x>; rel=\"prev\"")));
    assertEquals(Optional.empty(), MembershipClient.nextLink(withLinks()));
  }

  @Test
  void readsMembersWithShortRolesAndStatusesAndRefusesWhatIsNotAList() throws Exception {
    List<MembershipClient.Member> out = new ArrayList<>();
    MembershipClient.parse(
        "{\"id\":\"x\",\"members\":[{\"user_id\":\"7\",\"given_name\":\"Ada\",\"family_name\":\"L\","
            + "\"roles\":[\"Learner\"],\"status\":\"Inactive\"},{\"roles\":[]},\"junk\","
            + "{\"user_id\":\"8\",\"name\":\"<b>B</b>\",\"roles\":[\"Instructor\", 3]}]}",
        out);
    assertEquals(2, out.size());
    assertEquals("Ada L", out.get(0).name());
    assertEquals("Inactive", out.get(0).status());
    assertEquals(List.of("Instructor"), out.get(1).roles());
    assertEquals("Active", out.get(1).status());
    for (String bad : List.of("", "not json", "[]", "{\"members\":\"x\"}", "{\"id\":1}")) {
      assertThrows(
          MembershipClient.MembershipException.class,
          () -> MembershipClient.parse(bad, new ArrayList<>()),
          bad);
    }
  }

  @Test
  void aLineItemIsOursOnlyUnderThisCoursesServiceAndTiedToOneOfItsLinks() {
    String tag = AgsClient.tag(YEAR);
    String foreignCourse =
        "[{\"id\":\"https://moodle.example.org/mod/lti/services.php/99/lineitems/5/lineitem?type_id=1\","
            + "\"tag\":\""
            + tag
            + "\"}]";
    assertTrue(AgsClient.find(foreignCourse, YEAR, ITEMS, Set.of()).isEmpty());
    String otherHost =
        "[{\"id\":\"https://evil.example/mod/lti/services.php/2/lineitems/5/lineitem\",\"tag\":\""
            + tag
            + "\"}]";
    assertTrue(AgsClient.find(otherHost, YEAR, ITEMS, Set.of()).isEmpty());
    String dotted =
        "[{\"id\":\"https://moodle.example.org/mod/lti/services.php/2/lineitems/../../99/lineitems/5\","
            + "\"tag\":\""
            + tag
            + "\"}]";
    assertTrue(AgsClient.find(dotted, YEAR, ITEMS, Set.of()).isEmpty());
    String otherActivity =
        "[{\"id\":\"https://moodle.example.org/mod/lti/services.php/2/lineitems/6/lineitem?type_id=1\","
            + "\"tag\":\""
            + tag
            + "\",\"resourceLinkId\":\"elsewhere\"},"
            + "{\"id\":\"https://moodle.example.org/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1\","
            + "\"tag\":\""
            + tag
            + "\",\"resourceLinkId\":\"cpd-link\"}]";
    assertEquals(
        Optional.of(
            "https://moodle.example.org/mod/lti/services.php/2/lineitems/7/lineitem?type_id=1"),
        AgsClient.find(otherActivity, YEAR, ITEMS, Set.of("cpd-link")));
  }

  @Test
  void theTagFilterGoesAfterTheQueryAndNextPagesStayOnTheService() {
    assertEquals(ITEMS + "&tag=mentorlink-cpd-2026-04-01", AgsClient.filteredByTag(ITEMS, YEAR));
    assertEquals(
        "https://p.example/li?tag=mentorlink-cpd-2026-04-01",
        AgsClient.filteredByTag("https://p.example/li", YEAR));
    assertEquals(
        Optional.of("https://moodle.example.org/mod/lti/services.php/2/lineitems?type_id=1&page=2"),
        AgsClient.nextPage(withLinks("<?type_id=1&page=2>; rel=\"next\""), ITEMS, ITEMS));
    assertEquals(
        Optional.empty(),
        AgsClient.nextPage(withLinks("<https://evil.example/x>; rel=\"next\""), ITEMS, ITEMS));
  }
}
