package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;
import static org.mentorlink.domain.app.Story.relaunched;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mentorlink.domain.app.ConfidentialRead.Kind;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

/**
 * The access policy through the services: the answers of DESIGN.md's "who sees what" (404 for what
 * one may not know exists, 403 for a power one lacks), lead and coordinator powers that follow the
 * current launch, and a grant announced for every record handed out.
 */
class AccessTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);
  private final Actor learner = aLearner("learner-9");

  /** What the scheme's staff read, and the queues they work from. */
  private Map<String, Function<Actor, Object>> staffReads() {
    Map<String, Function<Actor, Object>> m = new LinkedHashMap<>();
    m.put("roster", a -> w.schemes.roster(a, COURSE, 0, 25));
    m.put("request queue", a -> w.requests.queue(a, COURSE, Set.of(), 0, 25));
    m.put("request details", a -> w.requests.get(a, COURSE, story.otherRequestId));
    m.put("candidates", a -> w.matching.candidates(a, COURSE, story.otherRequestId));
    m.put("proposals of a request", a -> w.matching.forRequest(a, COURSE, story.requestId));
    m.put("relationship overview", a -> w.relationships.overview(a, COURSE, 0, 25));
    m.put("CPD approval queue", a -> w.cpd.queue(a, COURSE, 0, 25));
    m.put("mentors", a -> w.mentors.all(a, COURSE));
    m.put("passback status", a -> w.cpd.coordinatedScheme(a, COURSE));
    return m;
  }

  /** What the scheme's staff change (each refused here, so nothing changes). */
  private Map<String, Function<Actor, Object>> staffChanges(String entryId, String sessionId) {
    Map<String, Function<Actor, Object>> m = new LinkedHashMap<>();
    m.put("approving CPD", a -> run(() -> w.cpd.approve(a, COURSE, entryId)));
    m.put("returning CPD", a -> run(() -> w.cpd.returnEntry(a, COURSE, entryId, "Say more")));
    m.put("accepting a request", a -> w.requests.accept(a, COURSE, story.otherRequestId));
    m.put("settings", a -> w.schemes.changeSettings(a, COURSE, Schemes.settings()));
    m.put("CPD settings", a -> w.cpd.changeSettings(a, COURSE, w.cpd.settings(a, COURSE)));
    m.put("appointing", a -> w.schemes.appointCoordinator(a, COURSE, "coord-1"));
    m.put("removing", a -> w.schemes.removeCoordinator(a, COURSE, "coord-1"));
    m.put("designating", a -> w.mentors.designate(a, COURSE, "mentee-2"));
    m.put("inviting", a -> w.mentors.invite(a, COURSE));
    m.put(
        "approving an extra session",
        a -> w.relationships.approveExtraSession(a, COURSE, story.relationshipId, sessionId));
    return m;
  }

  private static Object run(Executable e) {
    try {
      e.execute();
    } catch (RuntimeException x) {
      throw x;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
    return "done";
  }

  /** "allowed", or the refusal's class and code. */
  private static String outcome(Function<Actor, Object> call, Actor actor) {
    try {
      call.apply(actor);
      return "allowed";
    } catch (DomainException e) {
      return e.getClass().getSimpleName() + " " + e.code();
    }
  }

  /** An entry of the mentee's awaiting approval, from a signed-off session. */
  private String entryAwaitingApproval() {
    story.holdAndSignOff(story.schedule(Times.daysLater(7)));
    String id = w.cpd.myLog(story.mentee, COURSE).years().get(0).entries().get(0).id();
    w.cpd.reflect(story.mentee, COURSE, id, "What I learnt.", true, false);
    return id;
  }

  @Test
  void aLeadWhoRelaunchesAsALearnerGetsExactlyALearnersAnswers() {
    String entry = entryAwaitingApproval();
    String extra = story.schedule(Times.daysLater(400));
    Actor leadAsLearner = relaunched(story.lead, LaunchRole.LEARNER);
    Map<String, Function<Actor, Object>> all = new LinkedHashMap<>(staffReads());
    all.putAll(staffChanges(entry, extra));

    List<Executable> checks = new ArrayList<>();
    all.forEach(
        (what, call) -> {
          String asLearner = outcome(call, learner);
          String asLeadNow = outcome(call, leadAsLearner);
          checks.add(() -> assertNotEquals("allowed", asLearner, what));
          checks.add(() -> assertEquals(asLearner, asLeadNow, what));
        });
    assertAll(checks);
  }

  @Test
  void theLeadsPowersReturnWithAnInstructorLaunch() {
    String entry = entryAwaitingApproval();
    Actor leadAsLearner = relaunched(story.lead, LaunchRole.LEARNER);
    assertThrows(Forbidden.class, () -> w.schemes.roster(leadAsLearner, COURSE, 0, 25));
    Actor leadAgain = relaunched(story.lead, LaunchRole.INSTRUCTOR);

    List<Executable> checks = new ArrayList<>();
    staffReads().forEach((what, call) -> checks.add(() -> call.apply(leadAgain)));
    assertAll(checks);
    w.cpd.approve(leadAgain, COURSE, entry);
    assertTrue(w.cpd.queue(leadAgain, COURSE, 0, 25).items().isEmpty());
  }

  @Test
  void aCoordinatorLaunchedAsAMentorOnlyHasNoCoordinatorsPowers() {
    Actor asMentor = relaunched(story.coordinator, LaunchRole.MENTOR);

    assertThrows(Forbidden.class, () -> w.requests.queue(asMentor, COURSE, Set.of(), 0, 25));
    assertThrows(NotFound.class, () -> w.requests.get(asMentor, COURSE, story.requestId));
    assertThrows(Forbidden.class, () -> w.cpd.queue(asMentor, COURSE, 0, 25));
  }

  @Test
  void myRolesSayThatTheLeadIsTheLeadButNotInThisLaunch() {
    Actor leadAsLearner = relaunched(story.lead, LaunchRole.LEARNER);
    Actor coordinatorWithoutRoles = relaunched(story.coordinator);

    Views.MyRoles lead = w.schemes.roles(leadAsLearner, COURSE);
    Views.MyRoles coordinator = w.schemes.roles(coordinatorWithoutRoles, COURSE);
    Views.MyRoles asInstructor = w.schemes.roles(story.lead, COURSE);
    Views.MyRoles aLearnerOnly = w.schemes.roles(learner, COURSE);

    assertFalse(lead.lead());
    assertFalse(lead.coordinator());
    assertTrue(lead.leadButNotInstructorNow());
    assertTrue(lead.coordinatorButNotInstructorNow());
    assertFalse(coordinator.coordinator());
    assertFalse(coordinator.leadButNotInstructorNow());
    assertTrue(coordinator.coordinatorButNotInstructorNow());
    assertTrue(asInstructor.lead());
    assertTrue(asInstructor.coordinator());
    assertFalse(asInstructor.leadButNotInstructorNow());
    assertFalse(asInstructor.coordinatorButNotInstructorNow());
    assertFalse(aLearnerOnly.leadButNotInstructorNow());
    assertFalse(aLearnerOnly.coordinatorButNotInstructorNow());
  }

  @Test
  void theSchemeShowsWhoCoordinatesOnlyToThoseWhoMayCoordinateNow() {
    Actor leadAsLearner = relaunched(story.lead, LaunchRole.LEARNER);

    assertEquals(1, w.schemes.current(story.lead, COURSE).orElseThrow().coordinators().size());
    assertTrue(w.schemes.current(leadAsLearner, COURSE).orElseThrow().coordinators().isEmpty());
    assertTrue(w.schemes.current(learner, COURSE).orElseThrow().coordinators().isEmpty());
  }

  @Test
  void menteeAndMentorAreTheToolsOwnRolesWhateverThePlatformSaysNow() {
    Actor menteeAsTeacher = relaunched(story.mentee, LaunchRole.INSTRUCTOR);
    Actor menteeWithoutRoles = relaunched(story.mentee);
    Actor mentorAsTeacher = relaunched(story.mentor, LaunchRole.INSTRUCTOR);
    String session = story.schedule(Times.daysLater(7));

    assertEquals(
        story.relationshipId,
        w.relationships.get(menteeAsTeacher, COURSE, story.relationshipId).id());
    assertEquals(1, w.relationships.mine(menteeWithoutRoles, COURSE).size());
    w.relationships.submitSession(menteeWithoutRoles, COURSE, story.relationshipId, session);
    w.relationships.signOffSession(mentorAsTeacher, COURSE, story.relationshipId, session);
    assertEquals(1, w.mentors.mine(mentorAsTeacher, COURSE).activeMentees());
    assertFalse(w.cpd.myLog(menteeWithoutRoles, COURSE).years().get(0).entries().isEmpty());
  }

  @Test
  void theStaffsReadsAndChangesAreRefusedToEveryoneElse() {
    String entry = entryAwaitingApproval();
    String extra = story.schedule(Times.daysLater(400));
    Map<String, Function<Actor, Object>> all = new LinkedHashMap<>(staffReads());
    all.putAll(staffChanges(entry, extra));

    List<Executable> checks = new ArrayList<>();
    for (Actor someone : List.of(learner, story.mentee, story.mentor, aMentor("mentor-2"))) {
      all.forEach(
          (what, call) ->
              checks.add(
                  () ->
                      assertTrue(
                          outcome(call, someone).startsWith("Forbidden")
                              || outcome(call, someone).startsWith("NotFound"),
                          what + " as " + someone.person().personId())));
    }
    assertAll(checks);
  }

  @Test
  void theLeadAndTheCoordinatorReadWhatStaffRead() {
    List<Executable> checks = new ArrayList<>();
    for (Actor staff : List.of(story.lead, story.coordinator)) {
      staffReads().forEach((what, call) -> checks.add(() -> call.apply(staff)));
    }
    assertAll(checks);
  }

  @Test
  void aRelationshipIsNotFoundForAnyoneButItsParties() {
    Actor otherMentor = aMentor("mentor-2");

    for (Actor stranger :
        List.of(story.otherMentee, otherMentor, story.coordinator, story.lead, learner)) {
      assertThrows(
          NotFound.class, () -> w.relationships.get(stranger, COURSE, story.relationshipId));
      assertThrows(
          NotFound.class,
          () -> w.documents.contract(stranger, COURSE, story.relationshipId, "any"));
    }
  }

  @Test
  void aRequestIsForItsMenteeAndTheCoordinatorsOnly() {
    assertEquals(story.requestId, w.requests.get(story.mentee, COURSE, story.requestId).id());
    assertEquals(story.requestId, w.requests.get(story.coordinator, COURSE, story.requestId).id());
    assertThrows(NotFound.class, () -> w.requests.get(story.otherMentee, COURSE, story.requestId));
    assertThrows(NotFound.class, () -> w.requests.get(story.mentor, COURSE, story.requestId));
    assertThrows(
        NotFound.class, () -> w.requests.withdraw(story.coordinator, COURSE, story.requestId));
    assertThrows(Forbidden.class, () -> w.requests.accept(story.mentee, COURSE, story.requestId));
  }

  @Test
  void aCpdEntryIsCorrectedByItsOwnerOrACoordinatorNowAndSeenByNobodyElse() {
    String entry = entryAwaitingApproval();

    assertThrows(NotFound.class, () -> w.cpd.reverse(story.mentor, COURSE, entry, "Not mine"));
    assertThrows(
        NotFound.class,
        () -> w.cpd.reverse(relaunched(story.lead, LaunchRole.LEARNER), COURSE, entry, "x"));
    assertThrows(
        NotFound.class, () -> w.cpd.reflect(story.coordinator, COURSE, entry, "x", true, false));
    assertTrue(w.cpd.reverse(story.coordinator, COURSE, entry, "Counted twice").reversal());
  }

  @Test
  void onlyTheSchemesMentorsLogTraining() {
    assertThrows(
        Forbidden.class,
        () ->
            w.cpd.logActivity(
                story.mentee,
                COURSE,
                org.mentorlink.domain.cpd.CpdActivity.MENTOR_TRAINING,
                "Course",
                Times.TODAY,
                org.mentorlink.domain.shared.CpdHours.of("1"),
                null));
    assertThrows(NotFound.class, () -> w.mentors.mine(story.mentee, COURSE));
  }

  // --- the seam for the audit trail

  @Test
  void everyRecordHandedOutIsAnnouncedByKindAndIdOnly() {
    w.reads.fired.clear();

    w.relationships.get(story.mentor, COURSE, story.relationshipId);
    w.requests.get(story.coordinator, COURSE, story.otherRequestId);
    w.requests.queue(story.coordinator, COURSE, Set.of(), 0, 25);

    SchemeRef scheme = story.scheme();
    assertEquals(
        List.of(
            new ConfidentialRead(
                story.mentor.person(), scheme, Kind.RELATIONSHIP, story.relationshipId),
            new ConfidentialRead(
                story.coordinator.person(), scheme, Kind.REQUEST, story.otherRequestId),
            new ConfidentialRead(
                story.coordinator.person(), scheme, Kind.REQUEST_QUEUE, scheme.schemeId())),
        w.reads.fired);
  }

  @Test
  void aRefusalAnnouncesNothing() {
    w.reads.fired.clear();

    assertThrows(
        NotFound.class, () -> w.relationships.get(story.otherMentee, COURSE, story.relationshipId));
    assertThrows(Forbidden.class, () -> w.requests.queue(story.mentee, COURSE, Set.of(), 0, 25));
    assertThrows(
        Forbidden.class,
        () -> w.schemes.roster(relaunched(story.lead, LaunchRole.LEARNER), COURSE, 0, 25));

    assertTrue(w.reads.fired.isEmpty(), w.reads.fired.toString());
  }

  @Test
  void aPartysOwnListsAreAnnouncedRecordByRecord() {
    w.reads.fired.clear();

    w.relationships.mine(story.mentor, COURSE);
    w.matching.mine(story.mentee, COURSE);
    w.requests.mine(story.mentee, COURSE);

    assertEquals(
        List.of(Kind.RELATIONSHIP, Kind.PROPOSAL, Kind.REQUEST),
        w.reads.fired.stream().map(ConfidentialRead::kind).toList());
  }
}
