package org.mentorlink.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import org.junit.jupiter.api.Test;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

class RelationshipSignpostTest {
  private final Mentoring m = Relationships.aRelationship();
  private final Relationship r = m.relationship();

  @Test
  void theMentorSignpostsDuringAnActiveRelationship() {
    RelationshipSignpost s =
        RelationshipSignpost.record(
            m.scheme(), m.mentor(), r, Schemes.COUNSELLING, "  It may help  ", Times.NOW);
    assertEquals(r.id(), s.relationshipId());
    assertEquals("Counselling", s.signpostName());
    assertEquals("https://counselling.example.org/", s.signpostLink());
    assertEquals("It may help", s.note());
  }

  @Test
  void theLeadSignpostsButNotACoordinatorNotNamedForMatching() {
    RelationshipSignpost.record(
        m.scheme(), m.lead(), r, Schemes.PRACTITIONER_HEALTH, "For you", Times.NOW);
    forbidden(
        () ->
            RelationshipSignpost.record(
                m.scheme(), m.coordinator(), r, Schemes.COUNSELLING, "x", Times.NOW));
    m.scheme().nameMatchingCoordinator(m.lead(), m.coordinator().person(), true);
    RelationshipSignpost.record(
        m.scheme(), m.coordinator(), r, Schemes.COUNSELLING, "x", Times.NOW);
  }

  @Test
  void refusesTheMenteeOtherPeopleAClosedRelationshipAndNoNote() {
    forbidden(
        () ->
            RelationshipSignpost.record(
                m.scheme(), m.mentee(), r, Schemes.COUNSELLING, "x", Times.NOW));
    forbidden(
        () ->
            RelationshipSignpost.record(
                m.scheme(), aMentor("mentor-2"), r, Schemes.COUNSELLING, "x", Times.NOW));
    forbidden(
        () ->
            RelationshipSignpost.record(
                m.scheme(), aLearner("someone"), r, Schemes.COUNSELLING, "x", Times.NOW));
    refused(
        "REASON_REQUIRED",
        () ->
            RelationshipSignpost.record(
                m.scheme(), m.mentor(), r, Schemes.COUNSELLING, " ", Times.NOW));
    r.close(m.mentee(), ClosureReason.NATURAL_END, "Done", SessionHistory.none(r), Times.NOW);
    invalidTransition(
        "RELATIONSHIP_CLOSED",
        () ->
            RelationshipSignpost.record(
                m.scheme(), m.mentor(), r, Schemes.COUNSELLING, "x", Times.NOW));
  }
}
