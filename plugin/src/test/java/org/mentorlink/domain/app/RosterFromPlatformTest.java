package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.MembershipStatus;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.domain.testing.Actors;
import org.mentorlink.domain.testing.Times;

/** A read of the platform's membership list applied to the course's members. */
class RosterFromPlatformTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);

  private PersonRef newPerson(TenantId tenant, String sub) {
    Person p = new Person(tenant, sub, "Never Launched " + sub, null, Times.NOW);
    w.db.people.add(p);
    return p.ref();
  }

  private CourseMember member(PersonRef p) {
    return w.db.schemes.member(p.tenant(), COURSE, p.personId()).orElseThrow();
  }

  @Test
  void listedMembersAreAddedWithTheirRolesAndThoseACompleteReadNoLongerListsHaveLeft() {
    PersonRef fresh = newPerson(Actors.TENANT, "nrps-1");
    var change =
        w.schemes.rosterFromPlatform(
            Actors.TENANT,
            COURSE,
            List.of(
                new SchemeService.ListedMember(
                    story.lead.person(), Set.of(LaunchRole.INSTRUCTOR), MembershipStatus.ACTIVE),
                new SchemeService.ListedMember(
                    fresh, Set.of(LaunchRole.LEARNER), MembershipStatus.INACTIVE)),
            true);
    assertEquals(2, change.listed());
    assertEquals(1, change.added());
    assertEquals(4, change.left(), "coordinator, mentor and both mentees are no longer listed");
    assertFalse(member(fresh).hasLaunched());
    assertEquals(MembershipStatus.INACTIVE, member(fresh).status());
    assertEquals(MembershipStatus.LEFT, member(story.mentee.person()).status());
    assertEquals(MembershipStatus.ACTIVE, member(story.lead.person()).status());

    // A launch brings a member back.
    w.schemes.recordLaunch(story.mentee, COURSE);
    assertEquals(MembershipStatus.ACTIVE, member(story.mentee.person()).status());
  }

  @Test
  void anIncompleteReadMarksNoOneAsLeft() {
    var change = w.schemes.rosterFromPlatform(Actors.TENANT, COURSE, List.of(), false);
    assertEquals(0, change.left());
    assertEquals(MembershipStatus.ACTIVE, member(story.mentee.person()).status());
  }

  @Test
  void aMemberWhoNeverLaunchedCanBeMadeAMentorAndTheMentorRoleIsHonoured() {
    PersonRef never = newPerson(Actors.TENANT, "nrps-2");
    PersonRef platformMentor = newPerson(Actors.TENANT, "nrps-3");
    w.schemes.rosterFromPlatform(
        Actors.TENANT,
        COURSE,
        List.of(
            new SchemeService.ListedMember(
                never, Set.of(LaunchRole.LEARNER), MembershipStatus.ACTIVE),
            new SchemeService.ListedMember(
                platformMentor, Set.of(LaunchRole.MENTOR), MembershipStatus.ACTIVE)),
        false);
    w.mentors.designate(story.coordinator, COURSE, never.personId());
    var roster = w.schemes.roster(story.coordinator, COURSE, null, 0, 100);
    assertTrue(
        roster.items().stream()
            .anyMatch(m -> m.person().id().equals(platformMentor.personId()) && m.mentor()));
    assertTrue(
        roster.items().stream()
            .anyMatch(
                m -> m.person().id().equals(never.personId()) && m.mentor() && !m.launched()));
  }

  @Test
  void membersOfAnotherTenantAreIgnoredAndOnlyCoordinatorsReadTheRoster() {
    PersonRef foreign = newPerson(new TenantId("other-tenant"), "nrps-4");
    var change =
        w.schemes.rosterFromPlatform(
            Actors.TENANT,
            COURSE,
            List.of(
                new SchemeService.ListedMember(
                    foreign, Set.of(LaunchRole.LEARNER), MembershipStatus.ACTIVE)),
            false);
    assertEquals(0, change.listed());
    assertTrue(w.db.schemes.member(Actors.TENANT, COURSE, foreign.personId()).isEmpty());
    assertThrows(Forbidden.class, () -> w.schemes.requireRosterReader(story.mentee, COURSE));
    assertThrows(Forbidden.class, () -> w.schemes.roster(story.mentee, COURSE, null, 0, 10));
  }
}
