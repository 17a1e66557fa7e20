package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;
import static org.mentorlink.domain.testing.Actors.anInstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mentorlink.domain.scheme.CpdSettings;
import org.mentorlink.domain.scheme.PrivacySettings;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.testing.Times;

/**
 * "Only the lead knows": on for a new scheme; requests, matches and relationships (and CPD
 * approvals) for the lead and the coordinators the lead names for matching; other coordinators see
 * numbers only; switching gradebook passback on under it needs a confirmation.
 */
class OnlyTheLeadKnowsTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);
  private final Actor plain = anInstructor("coord-plain");

  OnlyTheLeadKnowsTest() {
    w.schemes.recordLaunch(plain, COURSE);
    w.schemes.appointCoordinator(story.lead, COURSE, plain.person().personId());
  }

  /** Everything that tells who asks for or has mentoring. */
  private Map<String, Function<Actor, Object>> namesMentees(String entryId) {
    Map<String, Function<Actor, Object>> m = new LinkedHashMap<>();
    m.put("request queue", a -> w.requests.queue(a, COURSE, Set.of(), 0, 25));
    m.put("request details", a -> w.requests.get(a, COURSE, story.otherRequestId));
    m.put("candidates", a -> w.matching.candidates(a, COURSE, story.otherRequestId));
    m.put("proposals of a request", a -> w.matching.forRequest(a, COURSE, story.requestId));
    m.put("accepting a request", a -> w.requests.accept(a, COURSE, story.otherRequestId));
    m.put("relationship overview", a -> w.relationships.overview(a, COURSE, 0, 25));
    m.put("CPD approval queue", a -> w.cpd.queue(a, COURSE, 0, 25));
    m.put("passback status", a -> w.cpd.coordinatedScheme(a, COURSE));
    m.put(
        "approving CPD",
        a -> {
          w.cpd.approve(a, COURSE, entryId);
          return "done";
        });
    m.put("reversing CPD", a -> w.cpd.reverse(a, COURSE, entryId, "Counted twice"));
    return m;
  }

  private String entryAwaitingApproval() {
    story.holdAndSignOff(story.schedule(Times.daysLater(7)));
    String id = w.cpd.myLog(story.mentee, COURSE).years().get(0).entries().get(0).id();
    w.cpd.reflect(story.mentee, COURSE, id, "What I learnt.", true, false);
    return id;
  }

  @Test
  void aNewSchemeIsOnlyTheLeadKnows() {
    assertTrue(w.schemes.privacy(story.lead, COURSE).onlyLeadKnows());
    assertTrue(PrivacySettings.defaults().onlyLeadKnows());
  }

  @Test
  void aCoordinatorNotNamedForMatchingIsRefusedEverythingThatNamesMentees() {
    String entry = entryAwaitingApproval();
    List<Executable> checks = new ArrayList<>();
    namesMentees(entry)
        .forEach(
            (what, call) ->
                checks.add(
                    () -> {
                      // 403 for a list or a power; 404 for one record of a mentee's
                      DomainException e =
                          assertThrows(DomainException.class, () -> call.apply(plain), what);
                      assertTrue(e instanceof Forbidden || e instanceof NotFound, what);
                    }));
    assertAll(checks);
    assertFalse(w.schemes.roles(plain, COURSE).matching());
    assertTrue(w.schemes.roles(plain, COURSE).coordinator());
  }

  @Test
  void theLeadAndTheMatchingCoordinatorDoIt() {
    String entry = entryAwaitingApproval();
    assertEquals(story.requestId, w.requests.get(story.coordinator, COURSE, story.requestId).id());
    assertTrue(w.schemes.roles(story.coordinator, COURSE).matching());
    assertTrue(w.schemes.roles(story.lead, COURSE).matching());
    w.cpd.approve(story.coordinator, COURSE, entry);
    assertEquals(1, w.relationships.overview(story.lead, COURSE, 0, 25).items().size());
  }

  @Test
  void everyCoordinatorSeesTheNumbers() {
    entryAwaitingApproval();
    Views.SchemeNumbers n = w.schemes.numbers(plain, COURSE);
    assertEquals(1, n.requestsToRead());
    assertEquals(2, n.requestsInAll());
    assertEquals(1, n.relationships());
    assertEquals(1, n.cpdAwaitingApproval());
    assertEquals(1, n.mentors());
    assertThrows(Forbidden.class, () -> w.schemes.numbers(story.mentee, COURSE));
  }

  @Test
  void switchedOffEveryCoordinatorMatchesAgain() {
    w.schemes.changePrivacy(story.lead, COURSE, new PrivacySettings(false, null, 6));
    assertEquals(2, w.requests.queue(plain, COURSE, Set.of(), 0, 25).items().size());
    assertTrue(w.schemes.roles(plain, COURSE).matching());
  }

  @Test
  void onlyTheLeadNamesMatchingCoordinatorsAndChangesPrivacy() {
    String id = plain.person().personId();
    assertThrows(
        Forbidden.class,
        () -> w.schemes.nameMatchingCoordinator(story.coordinator, COURSE, id, true));
    assertThrows(
        Forbidden.class,
        () -> w.schemes.changePrivacy(story.coordinator, COURSE, PrivacySettings.defaults()));
    DomainException notCoordinator =
        assertThrows(
            DomainException.class,
            () ->
                w.schemes.nameMatchingCoordinator(
                    story.lead, COURSE, story.mentee.person().personId(), true));
    assertEquals("NOT_A_COORDINATOR", notCoordinator.code());

    w.schemes.nameMatchingCoordinator(story.lead, COURSE, id, true);
    assertEquals(2, w.requests.queue(plain, COURSE, Set.of(), 0, 25).items().size());
    w.schemes.nameMatchingCoordinator(story.lead, COURSE, id, false);
    assertThrows(Forbidden.class, () -> w.requests.queue(plain, COURSE, Set.of(), 0, 25));
  }

  @Test
  void aRemovedCoordinatorIsNoMatchingCoordinatorWhenAppointedAgain() {
    String id = story.coordinator.person().personId();
    w.schemes.removeCoordinator(story.lead, COURSE, id);
    w.schemes.appointCoordinator(story.lead, COURSE, id);
    assertThrows(
        Forbidden.class, () -> w.requests.queue(story.coordinator, COURSE, Set.of(), 0, 25));
  }

  @Test
  void theMatchingCoordinatorsAreListedForCoordinatorsOnly() {
    assertEquals(
        List.of(story.coordinator.person().personId()),
        w.schemes.privacy(plain, COURSE).matchingCoordinators().stream()
            .map(Views.PersonView::id)
            .toList());
    assertTrue(w.schemes.privacy(story.mentee, COURSE).matchingCoordinators().isEmpty());
  }

  @Test
  void passbackOnUnderOnlyTheLeadKnowsNeedsAConfirmation() {
    CpdSettings on = new CpdSettings(false, 50, true);
    DomainException e =
        assertThrows(DomainException.class, () -> w.cpd.changeSettings(story.lead, COURSE, on));
    assertEquals("PASSBACK_REVEALS_MENTEES", e.code());
    assertEquals("gradebookPassback", e.field());
    assertFalse(w.cpd.settings(story.lead, COURSE).gradebookPassback());

    assertTrue(w.cpd.changeSettings(story.lead, COURSE, on, true).gradebookPassback());
    // Already on: saving other settings asks nothing.
    w.cpd.changeSettings(story.lead, COURSE, new CpdSettings(false, 40, true));

    w.cpd.changeSettings(story.lead, COURSE, CpdSettings.defaults());
    w.schemes.changePrivacy(story.lead, COURSE, new PrivacySettings(false, null, 6));
    assertTrue(w.cpd.changeSettings(story.lead, COURSE, on).gradebookPassback());
  }

  @Test
  void theDefaultNoticeSaysWhoSeesWhatThePlatformRevealsRetentionAndRights() {
    String notice = w.schemes.privacy(story.mentee, COURSE).notice();
    assertAll(
        () -> assertTrue(notice.contains("Only the scheme lead"), notice),
        () -> assertTrue(notice.contains("platform's own logs"), notice),
        () -> assertTrue(notice.contains("6 years after it closes"), notice),
        () -> assertTrue(notice.contains("download everything"), notice));
    w.schemes.changePrivacy(story.lead, COURSE, new PrivacySettings(true, "Our own words.", 3));
    assertEquals("Our own words.", w.schemes.privacy(story.mentee, COURSE).notice());
    DomainException tooLong =
        assertThrows(DomainException.class, () -> new PrivacySettings(true, null, 0));
    assertEquals("retentionYears", tooLong.field());
  }
}
