package org.mentorlink.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.inAnotherTenant;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Times;

class GoalTest {
  private static final LocalDate TODAY = Times.TODAY;

  private final Mentoring m = Relationships.aRelationship();
  private final Relationship r = m.relationship();
  private final Actor mentee = m.mentee();
  private final Actor mentor = m.mentor();

  private Goal aGoal() {
    return Goal.set(r, mentee, "Decide about partnership", Times.NOW);
  }

  private Goal aGoalDueOn(LocalDate date) {
    Goal g = aGoal();
    g.develop(r, mentee, "Decide about partnership", null, null, "Talk to the partners", date);
    return g;
  }

  @Test
  void menteeSetsAnOpenGoal() {
    Goal g = Goal.set(r, mentee, "  Decide about partnership  ", Times.NOW);

    assertEquals(GoalState.OPEN, g.state());
    assertEquals("Decide about partnership", g.goal());
    assertEquals(r.id(), g.relationshipId());
    assertNull(g.chosenAction());
    assertNull(g.actionDueOn());
  }

  @Test
  void onlyTheMenteeSetsGoals() {
    forbidden(() -> Goal.set(r, mentor, "Mentor's goal", Times.NOW));
    forbidden(() -> Goal.set(r, m.lead(), "Lead's goal", Times.NOW));
    forbidden(() -> Goal.set(r, inAnotherTenant(mentee), "Foreign goal", Times.NOW));
  }

  @Test
  void goalNeedsText() {
    refused("GOAL_REQUIRED", () -> Goal.set(r, mentee, " ", Times.NOW));
  }

  @Test
  void menteeDevelopsTheGoal() {
    Goal g = aGoal();
    List<GoalOption> options =
        List.of(
            new GoalOption("Accept the offer", "Income, time with family"),
            new GoalOption("Stay salaried", null));

    g.develop(
        r,
        mentee,
        "Decide about the partnership by June",
        " Offered a partnership; unsure ",
        options,
        " Ask two partners about workload ",
        TODAY.plusDays(14));

    assertEquals("Decide about the partnership by June", g.goal());
    assertEquals("Offered a partnership; unsure", g.reality());
    assertEquals(2, g.options().size());
    assertEquals("Accept the offer", g.options().get(0).option());
    assertEquals("Income, time with family", g.options().get(0).criteria());
    assertNull(g.options().get(1).criteria());
    assertEquals("Ask two partners about workload", g.chosenAction());
    assertEquals(TODAY.plusDays(14), g.actionDueOn());
  }

  @Test
  void onlyTheMenteeDevelopsTheGoal() {
    Goal g = aGoal();

    forbidden(() -> g.develop(r, mentor, "Mentor's version", null, null, null, null));
    forbidden(
        () -> g.develop(r, inAnotherTenant(mentee), "Foreign version", null, null, null, null));
    assertEquals("Decide about partnership", g.goal());
  }

  @Test
  void actionDateRequiresAnAction() {
    Goal g = aGoal();

    refused(
        "ACTION_REQUIRED", () -> g.develop(r, mentee, "Goal", null, null, " ", TODAY.plusDays(3)));
    g.develop(r, mentee, "Goal", null, null, "An action without a date", null);
    assertEquals("An action without a date", g.chosenAction());
    assertNull(g.actionDueOn());
  }

  @Test
  void atMostTenOptions() {
    Goal g = aGoal();
    List<GoalOption> eleven = Collections.nCopies(11, new GoalOption("Option", null));

    refused("TOO_MANY_ITEMS", () -> g.develop(r, mentee, "Goal", null, eleven, null, null));
  }

  @Test
  void optionNeedsText() {
    refused("INVALID_OPTION", () -> new GoalOption(" ", "criteria"));
  }

  @Test
  void goalIsDueWithinTheWindowUpToItsActionDate() {
    assertTrue(aGoalDueOn(TODAY).dueWithin(TODAY, 7));
    assertTrue(aGoalDueOn(TODAY.plusDays(7)).dueWithin(TODAY, 7));
    assertFalse(aGoalDueOn(TODAY.plusDays(8)).dueWithin(TODAY, 7));
    assertFalse(aGoalDueOn(TODAY.minusDays(1)).dueWithin(TODAY, 7), "past is overdue, not due");
    assertFalse(aGoal().dueWithin(TODAY, 7), "no date, never due");
  }

  @Test
  void goalIsOverdueOnceItsActionDateHasPassed() {
    assertTrue(aGoalDueOn(TODAY.minusDays(1)).overdue(TODAY));
    assertFalse(aGoalDueOn(TODAY).overdue(TODAY));
    assertFalse(aGoalDueOn(TODAY.plusDays(1)).overdue(TODAY));
    assertFalse(aGoal().overdue(TODAY));
  }

  @Test
  void menteeAchievesOrDropsAGoal() {
    Goal achieved = aGoal();
    Goal dropped = aGoal();

    achieved.achieve(r, mentee);
    dropped.drop(r, mentee);

    assertEquals(GoalState.ACHIEVED, achieved.state());
    assertEquals(GoalState.DROPPED, dropped.state());
  }

  @Test
  void onlyTheMenteeClosesAGoal() {
    Goal g = aGoal();

    forbidden(() -> g.achieve(r, mentor));
    forbidden(() -> g.drop(r, mentor));
    forbidden(() -> g.achieve(r, inAnotherTenant(mentee)));
    assertEquals(GoalState.OPEN, g.state());
  }

  @Test
  void closedGoalRefusesChangesAndIsNeitherDueNorOverdue() {
    Goal achieved = aGoalDueOn(TODAY.minusDays(1));
    achieved.achieve(r, mentee);
    Goal dropped = aGoalDueOn(TODAY.plusDays(1));
    dropped.drop(r, mentee);

    for (Goal g : List.of(achieved, dropped)) {
      invalidTransition(
          "GOAL_CLOSED", () -> g.develop(r, mentee, "Changed", null, null, null, null));
      invalidTransition("GOAL_CLOSED", () -> g.achieve(r, mentee));
      invalidTransition("GOAL_CLOSED", () -> g.drop(r, mentee));
      assertFalse(g.overdue(TODAY));
      assertFalse(g.dueWithin(TODAY, 7));
    }
    assertEquals(GoalState.ACHIEVED, achieved.state());
    assertEquals("Decide about partnership", achieved.goal());
  }

  @Test
  void refusesChangesThroughAnotherRelationship() {
    Goal g = aGoal();
    Mentoring other = Relationships.aRelationship();

    forbidden(() -> g.achieve(other.relationship(), other.mentee()));
    forbidden(() -> g.develop(other.relationship(), other.mentee(), "X", null, null, null, null));
  }

  @Test
  void closedRelationshipRefusesNewGoals() {
    r.close(mentee, ClosureReason.NATURAL_END, "Sum", SessionHistory.none(r), Times.NOW);

    invalidTransition("RELATIONSHIP_CLOSED", () -> Goal.set(r, mentee, "Late goal", Times.NOW));
  }

  @Test
  void closedRelationshipRefusesGoalChanges() {
    Goal g = aGoal();
    r.close(mentee, ClosureReason.NATURAL_END, "Sum", SessionHistory.none(r), Times.NOW);

    invalidTransition(
        "RELATIONSHIP_CLOSED", () -> g.develop(r, mentee, "Rewritten", null, null, null, null));
    invalidTransition("RELATIONSHIP_CLOSED", () -> g.achieve(r, mentee));
  }
}
