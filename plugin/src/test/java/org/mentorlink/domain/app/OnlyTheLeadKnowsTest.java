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
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.Money;
import org.mentorlink.domain.claim.Travel;
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

  /** Everything that tells who asks for or has mentoring, and the decisions on approvals. */
  private Map<String, Function<Actor, Object>> namesMentees(String entryId, String claimId) {
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
    m.put("claims waiting", a -> w.claims.queue(a, COURSE, ClaimState.SUBMITTED, 0, 25));
    m.put("approved claims", a -> w.claims.queue(a, COURSE, ClaimState.APPROVED, 0, 25));
    m.put("approving a claim", a -> w.claims.approve(a, COURSE, claimId));
    m.put("returning a claim", a -> w.claims.returnClaim(a, COURSE, claimId, "Wrong date"));
    m.put(
        "deciding claims",
        a -> {
          w.claims.requireApprover(a, COURSE);
          return "done";
        });
    return m;
  }

  /** The lead sets the fee; the mentor claims for a signed-off session; returns the claim's id. */
  private int claimsMade;

  private String claimWaiting() {
    w.claims.changeRules(
        story.lead,
        COURSE,
        new ClaimRules.Amounts(
            Money.parse("250", "fee", "fee"), Money.parse("0.45", "rate", "rate"), null));
    String session = story.schedule(Times.daysLater(8 + 7L * claimsMade++));
    story.holdAndSignOff(session);
    return w.claims
        .submit(story.mentor, COURSE, story.relationshipId, session, Travel.NONE)
        .claim()
        .id();
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
    String claim = claimWaiting();
    List<Executable> checks = new ArrayList<>();
    namesMentees(entry, claim)
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
    // Refused before anything was looked up: nothing of a claim was granted to them.
    assertTrue(
        w.reads.fired.stream()
            .noneMatch(
                r ->
                    r.reader().equals(plain.person())
                        && (r.kind() == ConfidentialRead.Kind.CLAIM
                            || r.kind() == ConfidentialRead.Kind.CLAIM_QUEUE)));
    assertEquals(
        ClaimState.SUBMITTED, w.db.claims.find(story.scheme(), claim).orElseThrow().state());
  }

  @Test
  void claimsAreDecidedByTheLeadAndTheMatchingCoordinatorsOnly() {
    String first = claimWaiting();
    String second = claimWaiting();
    var queue = w.claims.queue(story.coordinator, COURSE, ClaimState.SUBMITTED, 0, 25);
    assertEquals(2, queue.total());
    assertEquals(ClaimState.APPROVED, w.claims.approve(story.coordinator, COURSE, first).state());
    assertEquals(
        ClaimState.RETURNED,
        w.claims.returnClaim(story.lead, COURSE, second, "It was a video call.").state());
    assertTrue(
        w.reads.fired.stream()
            .anyMatch(
                r ->
                    r.reader().equals(story.coordinator.person())
                        && r.kind() == ConfidentialRead.Kind.CLAIM
                        && r.recordId().equals(first)),
        "a decision's read is granted, and so audited");
  }

  @Test
  void everyCoordinatorSeesTheClaimsBudgetAndExportsForFinanceWithoutTheMentee() {
    String claim = claimWaiting();
    w.claims.approve(story.lead, COURSE, claim);
    assertEquals("250.00", w.claims.budget(plain, COURSE, null).spent());
    var rows = w.claims.financeExport(plain, COURSE, null, null);
    assertEquals(1, rows.size());
    assertEquals(Times.TODAY.plusDays(8), rows.get(0).sessionDate());
    assertFalse(
        rows.get(0).toString().contains(story.mentee.person().personId()), rows.get(0).toString());
  }

  @Test
  void switchedOffEveryCoordinatorDecidesClaims() {
    String claim = claimWaiting();
    w.schemes.changePrivacy(story.lead, COURSE, new PrivacySettings(false, null, 6, false));
    assertEquals(1, w.claims.queue(plain, COURSE, ClaimState.SUBMITTED, 0, 25).total());
    assertEquals(ClaimState.APPROVED, w.claims.approve(plain, COURSE, claim).state());
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
    w.schemes.changePrivacy(story.lead, COURSE, new PrivacySettings(false, null, 6, false));
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
    w.schemes.changePrivacy(story.lead, COURSE, new PrivacySettings(false, null, 6, false));
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
    w.schemes.changePrivacy(
        story.lead, COURSE, new PrivacySettings(true, "Our own words.", 3, false));
    assertEquals("Our own words.", w.schemes.privacy(story.mentee, COURSE).notice());
    DomainException tooLong =
        assertThrows(DomainException.class, () -> new PrivacySettings(true, null, 0, false));
    assertEquals("retentionYears", tooLong.field());
  }
}
