package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;
import static org.mentorlink.domain.testing.Actors.anInstructor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.notice.Notice;
import org.mentorlink.domain.notice.NoticeKind;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.scheme.PrivacySettings;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.testing.Contracts;
import org.mentorlink.domain.testing.Times;

/**
 * What is waiting for whom: each event tells the one person (or the few people) who must act next,
 * and nobody else — not the person who caused it, not a coordinator the lead has not named for
 * matching ("only the lead knows"), not another mentee.
 */
class NoticesTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);

  /** A coordinator the lead has not named for matching: numbers only. */
  private final Actor plain = anInstructor("coord-plain");

  NoticesTest() {
    w.schemes.recordLaunch(plain, COURSE);
    w.schemes.appointCoordinator(story.lead, COURSE, plain.person().personId());
  }

  private List<Notice> of(NoticeKind kind) {
    return w.notices.fired.stream().filter(n -> n.kind() == kind).toList();
  }

  private Set<PersonRef> told(NoticeKind kind) {
    return of(kind).stream().map(Notice::recipient).collect(Collectors.toSet());
  }

  /** Exactly one notice of {@code kind} was raised, for {@code who}. */
  private Notice onlyFor(NoticeKind kind, Actor who) {
    List<Notice> n = of(kind);
    assertEquals(1, n.size(), kind + ": " + n);
    assertEquals(who.person(), n.get(0).recipient(), kind + " goes to the one who acts");
    assertEquals(story.scheme(), n.get(0).scheme());
    return n.get(0);
  }

  private String contract() {
    return w.relationships
        .draftContract(story.mentor, COURSE, story.relationshipId, Contracts.terms())
        .contracts()
        .get(0)
        .id();
  }

  private String signedOffSession() {
    String id = story.schedule(Times.daysLater(7));
    story.holdAndSignOff(id);
    return id;
  }

  private String menteeEntry() {
    return w.cpd.myLog(story.mentee, COURSE).years().get(0).entries().get(0).id();
  }

  @Test
  void aProposalTellsTheMentorAndTheirAcceptanceTellsTheMentee() {
    Notice p = onlyFor(NoticeKind.PROPOSAL_TO_ANSWER, story.mentor);
    assertEquals(story.proposalId, p.eventKey());
    assertEquals(story.proposalId, onlyFor(NoticeKind.MATCH_TO_CONFIRM, story.mentee).eventKey());
  }

  @Test
  void theMenteesConfirmationTellsTheMentorToAgreeAContract() {
    // The mentee confirmed (so is on the page): only the mentor is told.
    assertEquals(
        story.relationshipId, onlyFor(NoticeKind.CONTRACT_TO_AGREE, story.mentor).eventKey());
  }

  @Test
  void aDraftTellsTheOtherPartyToSignAndTheirSignatureTellsTheDrafter() {
    String c = contract();
    assertEquals(c, onlyFor(NoticeKind.CONTRACT_TO_SIGN, story.mentee).eventKey());
    w.relationships.signContract(story.mentee, COURSE, story.relationshipId, c);
    assertEquals(
        Set.of(story.mentee.person(), story.mentor.person()), told(NoticeKind.CONTRACT_TO_SIGN));
    assertEquals(2, of(NoticeKind.CONTRACT_TO_SIGN).size());
    w.notices.fired.clear();
    w.relationships.signContract(story.mentor, COURSE, story.relationshipId, c);
    assertEquals(List.of(), of(NoticeKind.CONTRACT_TO_SIGN), "fully signed: nothing waits");
  }

  @Test
  void aSessionTheMentorSchedulesAsksTheMenteeForAnAgenda() {
    var view =
        w.relationships.scheduleSession(
            story.mentor,
            COURSE,
            story.relationshipId,
            Times.daysLater(3),
            CpdHours.of("1"),
            org.mentorlink.domain.mentor.MeetingMode.VIDEO);
    String session = view.sessions().get(0).id();
    assertEquals(session, onlyFor(NoticeKind.AGENDA_TO_SET, story.mentee).eventKey());
    w.notices.fired.clear();
    story.schedule(Times.daysLater(30));
    assertEquals(List.of(), of(NoticeKind.AGENDA_TO_SET), "the mentee scheduled it themself");
  }

  @Test
  void submittedReturnedAndSignedOffRecordsTellTheOneWhoActsNext() {
    String s = story.schedule(Times.daysLater(7));
    w.notices.fired.clear();
    w.relationships.submitSession(story.mentee, COURSE, story.relationshipId, s);
    Notice first = onlyFor(NoticeKind.SESSION_TO_SIGN_OFF, story.mentor);
    w.relationships.returnSession(story.mentor, COURSE, story.relationshipId, s, "Add the actions");
    onlyFor(NoticeKind.SESSION_RETURNED, story.mentee);
    w.clock.now = w.clock.now.plusSeconds(60);
    w.relationships.submitSession(story.mentee, COURSE, story.relationshipId, s);
    List<Notice> again = of(NoticeKind.SESSION_TO_SIGN_OFF);
    assertEquals(2, again.size(), "a record submitted again is a new event");
    assertNotEquals(first.eventKey(), again.get(1).eventKey());
    w.relationships.signOffSession(story.mentor, COURSE, story.relationshipId, s);
    // Both parties have a CPD entry; the mentor signed off, so only the mentee is told.
    assertEquals(s, onlyFor(NoticeKind.CPD_TO_REFLECT, story.mentee).eventKey());
  }

  @Test
  void aReflectionToApproveTellsTheLeadAndTheMatchingCoordinatorOnly() {
    signedOffSession();
    w.notices.fired.clear();
    w.cpd.reflect(story.mentee, COURSE, menteeEntry(), "What I learnt.", false, false);
    assertEquals(
        Set.of(story.lead.person(), story.coordinator.person()),
        told(NoticeKind.CPD_TO_APPROVE),
        "only the lead knows: not the coordinator who sees numbers only");
    assertEquals(2, w.notices.fired.size(), "and nobody else: " + w.notices.fired);
  }

  @Test
  void withOnlyTheLeadKnowsOffEveryCoordinatorDecidesCpd() {
    w.schemes.changePrivacy(story.lead, COURSE, new PrivacySettings(false, null, 6, false));
    signedOffSession();
    w.notices.fired.clear();
    w.cpd.reflect(story.mentee, COURSE, menteeEntry(), "What I learnt.", false, false);
    assertEquals(
        Set.of(story.lead.person(), story.coordinator.person(), plain.person()),
        told(NoticeKind.CPD_TO_APPROVE));
  }

  @Test
  void anApprovalOrAReturnTellsTheEntrysOwner() {
    signedOffSession();
    String entry = menteeEntry();
    w.cpd.reflect(story.mentee, COURSE, entry, "What I learnt.", false, false);
    w.cpd.returnEntry(story.coordinator, COURSE, entry, "Say what changes in your practice");
    onlyFor(NoticeKind.CPD_RETURNED, story.mentee);
    w.cpd.reflect(story.mentee, COURSE, entry, "What changes in my practice.", false, false);
    assertEquals(4, of(NoticeKind.CPD_TO_APPROVE).size(), "a new reflection is a new event");
    w.cpd.approve(story.lead, COURSE, entry);
    assertEquals(entry, onlyFor(NoticeKind.CPD_APPROVED, story.mentee).eventKey());
  }

  @Test
  void aConcernOrAMenteesRequestIsForTheLeadAlone() {
    String concern =
        w.safeguarding
            .raise(story.mentor, COURSE, story.relationshipId, "Worried", List.of(), true, null)
            .id();
    assertEquals(concern, onlyFor(NoticeKind.CONCERN_RAISED, story.lead).eventKey());
    w.notices.fired.clear();
    w.safeguarding.askLead(
        story.mentee,
        COURSE,
        story.relationshipId,
        MentorChangeRequest.Kind.CHANGE_MENTOR,
        "I would like another mentor");
    onlyFor(NoticeKind.CONCERN_RAISED, story.lead);
  }

  @Test
  void closingOffersTheQuestionnaireToTheOtherParty() {
    w.relationships.close(
        story.mentee, COURSE, story.relationshipId, ClosureReason.NATURAL_END, "Thank you");
    assertEquals(
        story.relationshipId, onlyFor(NoticeKind.QUESTIONNAIRE_OPEN, story.mentor).eventKey());
  }

  @Test
  void theStartPageCountsCpdForItsOwnerAndApprovalsOnlyForThoseWhoDecide() {
    signedOffSession();
    assertEquals(1, w.cpd.waiting(story.mentee, COURSE).toReflect());
    assertEquals(1, w.cpd.waiting(story.mentor, COURSE).toReflect(), "the mentor's own entry");
    w.cpd.reflect(story.mentee, COURSE, menteeEntry(), "What I learnt.", false, false);
    assertEquals(0, w.cpd.waiting(story.mentee, COURSE).toReflect());
    assertEquals(1, w.cpd.waiting(story.lead, COURSE).toDecide());
    assertEquals(1, w.cpd.waiting(story.coordinator, COURSE).toDecide());
    assertEquals(0, w.cpd.waiting(plain, COURSE).toDecide(), "only the lead knows: no count");
    assertEquals(0, w.cpd.waiting(story.mentee, COURSE).toDecide());
    int reads = w.reads.fired.size();
    w.cpd.waiting(story.mentee, COURSE);
    assertEquals(reads, w.reads.fired.size(), "counting reads no record");
    w.cpd.approve(story.lead, COURSE, menteeEntry());
    assertEquals(1, w.cpd.waiting(story.mentee, COURSE).approvedLately());
    w.clock.now = w.clock.now.plus(java.time.Duration.ofDays(15));
    assertEquals(0, w.cpd.waiting(story.mentee, COURSE).approvedLately(), "lately: 14 days");
  }

  @Test
  void theStartPageCountsConcernsForTheLeadAlone() {
    w.safeguarding.raise(
        story.mentor, COURSE, story.relationshipId, "Worried", List.of(), true, null);
    assertEquals(1, w.safeguarding.waitingForLead(story.lead, COURSE));
    assertEquals(0, w.safeguarding.waitingForLead(story.coordinator, COURSE));
    assertEquals(0, w.safeguarding.waitingForLead(story.mentor, COURSE));
    assertEquals(
        0,
        w.safeguarding.waitingForLead(Story.relaunched(story.lead), COURSE),
        "the lead launched as a learner");
  }

  @Test
  void nobodyIsToldOfWhatTheyDidThemselvesNorOfAnotherMenteesRecords() {
    String c = contract();
    w.relationships.signContract(story.mentee, COURSE, story.relationshipId, c);
    w.relationships.signContract(story.mentor, COURSE, story.relationshipId, c);
    signedOffSession();
    w.cpd.reflect(story.mentee, COURSE, menteeEntry(), "What I learnt.", false, false);
    w.safeguarding.raise(
        story.mentor, COURSE, story.relationshipId, "Worried", List.of(), true, null);
    for (Notice n : w.notices.fired) {
      assertNotEquals(story.otherMentee.person(), n.recipient(), n.toString());
      assertNotEquals(plain.person(), n.recipient(), n.toString());
      assertTrue(n.eventKey().length() <= 80);
    }
  }
}
