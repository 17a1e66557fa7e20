package org.mentorlink.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.anInstructor;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorlink.domain.matching.Matcher.MentorSnapshot;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.MentorDetails;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Requests;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

class MatcherTest {
  private static final String MENTEE_NAME = "Sam Patel";
  private static final String MENTOR_NAME = "Dr Jane Smith";

  private final Actor lead = anInstructor("lead-1");
  private final Actor mentee = aLearner("mentee-1");
  private final Actor mentor = aMentor("mentor-1");
  private final Scheme scheme = Schemes.aScheme(lead);

  private MentoringRequest request(RequestDetails details) {
    return Requests.anAcceptedRequest(scheme, lead, mentee, details);
  }

  private MentorProfile mentor(MentorDetails details) {
    return Mentors.aMentorProfile(scheme, mentor, details);
  }

  private List<Conflict> conflicts(RequestDetails request, MentorDetails mentor, int active) {
    return Matcher.conflicts(request(request), MENTEE_NAME, mentor(mentor), MENTOR_NAME, active);
  }

  @Test
  void findsNoConflictForASuitableMentor() {
    assertEquals(List.of(), conflicts(Requests.details().build(), Mentors.details().build(), 0));
  }

  @Test
  void rejectsMatchWithThemself() {
    MentorProfile menteeAsMentor = Mentors.aMentorProfile(scheme, mentee);

    List<Conflict> found =
        Matcher.conflicts(
            request(Requests.details().build()), MENTEE_NAME, menteeAsMentor, MENTEE_NAME, 0);

    assertTrue(found.contains(Conflict.SAME_PERSON));
  }

  @Test
  void rejectsMatchWithLineManager() {
    RequestDetails r = Requests.details().lineManager("jane smith").build();

    assertEquals(List.of(Conflict.LINE_MANAGER), conflicts(r, Mentors.details().build(), 0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Dr Jane Smith",
        "dr. jane smith",
        "DR JANE SMITH",
        "Jane Smith",
        "  Dr  Jane   Smith. ",
        "Dr. Jane-Smith",
        "Mrs Jane Smith",
        "Prof. Jane Smith"
      })
  void recognisesTheLineManagerByNameIgnoringTitleCaseAndPunctuation(String typed) {
    RequestDetails r = Requests.details().lineManager(typed).build();

    assertTrue(conflicts(r, Mentors.details().build(), 0).contains(Conflict.LINE_MANAGER));
  }

  @Test
  void anotherLineManagerIsNoConflict() {
    RequestDetails r = Requests.details().lineManager("Dr Jane Smithers").build();

    assertEquals(List.of(), conflicts(r, Mentors.details().build(), 0));
  }

  @Test
  void rejectsMatchWithinTheSamePractice() {
    RequestDetails r = Requests.details().practice("riverside-surgery").build();

    assertEquals(
        List.of(Conflict.SAME_PRACTICE),
        conflicts(r, Mentors.details().practice("Riverside Surgery").build(), 0));
  }

  @Test
  void rejectsMentorDeclaredByTheMenteeByName() {
    RequestDetails r = Requests.details().mustNotMatch("Someone Else", "JANE SMITH").build();

    assertEquals(List.of(Conflict.DECLARED_BY_MENTEE), conflicts(r, Mentors.details().build(), 0));
  }

  @Test
  void rejectsMentorWhosePracticeTheMenteeDeclared() {
    RequestDetails r = Requests.details().mustNotMatch("Riverside surgery").build();

    assertEquals(
        List.of(Conflict.DECLARED_BY_MENTEE),
        conflicts(r, Mentors.details().practice("Riverside Surgery").build(), 0));
  }

  @Test
  void rejectsMenteeDeclaredByTheMentorByName() {
    MentorDetails m = Mentors.details().mustNotMentor("Dr Sam Patel").build();

    assertEquals(List.of(Conflict.DECLARED_BY_MENTOR), conflicts(Requests.details().build(), m, 0));
  }

  @Test
  void rejectsMenteeWhosePracticeTheMentorDeclared() {
    MentorDetails m = Mentors.details().mustNotMentor("HILLSIDE PRACTICE").build();

    assertEquals(
        List.of(Conflict.DECLARED_BY_MENTOR),
        conflicts(Requests.details().practice("Hillside Practice").build(), m, 0));
  }

  @Test
  void rejectsMentorAtCapacity() {
    MentorDetails twoPlaces = Mentors.details().capacity(2).build();

    assertEquals(List.of(), conflicts(Requests.details().build(), twoPlaces, 1));
    assertEquals(
        List.of(Conflict.AT_CAPACITY), conflicts(Requests.details().build(), twoPlaces, 2));
    assertEquals(
        List.of(Conflict.AT_CAPACITY),
        conflicts(Requests.details().build(), Mentors.details().capacity(0).build(), 0));
  }

  @Test
  void rejectsAPausedMentor() {
    MentorProfile profile = mentor(Mentors.details().build());
    profile.pause(mentor);

    assertEquals(
        List.of(Conflict.PAUSED),
        Matcher.conflicts(
            request(Requests.details().build()), MENTEE_NAME, profile, MENTOR_NAME, 0));
  }

  @Test
  void reportsEveryConflictAtOnce() {
    RequestDetails r =
        Requests.details()
            .lineManager(MENTOR_NAME)
            .practice("Riverside Surgery")
            .mustNotMatch(MENTOR_NAME)
            .build();
    MentorProfile profile =
        mentor(Mentors.details().capacity(1).mustNotMentor(MENTEE_NAME).build());
    profile.pause(mentor);

    assertEquals(
        List.of(
            Conflict.LINE_MANAGER,
            Conflict.SAME_PRACTICE,
            Conflict.DECLARED_BY_MENTEE,
            Conflict.DECLARED_BY_MENTOR,
            Conflict.AT_CAPACITY,
            Conflict.PAUSED),
        Matcher.conflicts(request(r), MENTEE_NAME, profile, MENTOR_NAME, 1));
  }

  @Test
  void missingNamesAndPracticesNeverConflict() {
    RequestDetails r = Requests.details().practice(null).lineManager(null).build();
    MentorDetails m = Mentors.details().practice(null).build();

    assertEquals(List.of(), conflicts(r, m, 0));
    assertEquals(
        List.of(),
        Matcher.conflicts(request(r), null, mentor(m), null, 0),
        "unknown names are no evidence of a conflict");
  }

  @Test
  void comparesNamesLoosely() {
    assertTrue(Matcher.sameName("Dr. O'Brien", "o brien"));
    assertTrue(Matcher.sameName("St Mary's Surgery", "ST MARYS SURGERY"));
    assertFalse(Matcher.sameName("Dr", "Dr"), "a bare title names nobody");
    assertFalse(Matcher.sameName("", ""));
    assertFalse(Matcher.sameName(null, "x"));
    assertFalse(Matcher.sameName("Drew Smith", "Smith"), "Drew is a name, not a title");
  }

  private MentorSnapshot snapshot(String id, String name, MentorDetails details, int active) {
    return new MentorSnapshot(Mentors.aMentorProfile(scheme, aMentor(id), details), name, active);
  }

  @Test
  void ranksUnblockedCandidatesFirstEvenWithALowerScore() {
    MentorSnapshot ideal = snapshot("m-ideal", "Ideal but blocked", Mentors.details().build(), 0);
    MentorSnapshot weak =
        snapshot(
            "m-weak",
            "Weak but free",
            Mentors.details()
                .areas("Hull")
                .modes(MeetingMode.PHONE)
                .training(TrainingStatus.NOT_TRAINED, null)
                .capacity(1)
                .build(),
            0);
    RequestDetails r =
        Requests.details()
            .preferredArea("Leeds")
            .preferredModes(MeetingMode.VIDEO)
            .mustNotMatch("Ideal but blocked")
            .build();

    List<Candidate> ranked =
        Matcher.rank(request(r), MENTEE_NAME, List.of(ideal, weak), Times.TODAY);

    assertEquals(List.of("Weak but free", "Ideal but blocked"), names(ranked));
    assertFalse(ranked.get(0).blocked());
    assertTrue(ranked.get(1).blocked());
    assertTrue(ranked.get(1).score() > ranked.get(0).score());
    assertEquals(List.of(Conflict.DECLARED_BY_MENTEE), ranked.get(1).conflicts());
    assertTrue(ranked.get(1).reasons().contains(Conflict.DECLARED_BY_MENTEE.reason()));
  }

  @Test
  void theMentorTheMenteeAskedForByNameIsRankedFirstWithTheReason() {
    RequestDetails r =
        Requests.details().preferredArea("Leeds").preferredMentor("dr  ALEX KNIGHT").build();
    MentorSnapshot better =
        snapshot("m-better", "Dr Bea Better", Mentors.details().areas("Leeds").build(), 0);
    MentorSnapshot asked = snapshot("m-asked", "Alex Knight", Mentors.details().build(), 0);

    List<Candidate> ranked =
        Matcher.rank(request(r), MENTEE_NAME, List.of(better, asked), Times.TODAY);

    assertEquals(List.of("Alex Knight", "Dr Bea Better"), names(ranked));
    assertTrue(ranked.get(0).preferred());
    assertFalse(ranked.get(1).preferred());
    assertTrue(ranked.get(0).reasons().contains(Matcher.ASKED_FOR));
    assertFalse(ranked.get(1).reasons().contains(Matcher.ASKED_FOR));
  }

  @Test
  void aPreferenceNeverLiftsAConflict() {
    RequestDetails r =
        Requests.details().practice("Hillside Practice").preferredMentor("Alex Knight").build();
    MentorSnapshot samePractice =
        snapshot(
            "m-asked", "Alex Knight", Mentors.details().practice("Hillside Practice").build(), 0);
    MentorSnapshot full =
        snapshot(
            "m-full",
            "Alex Knight",
            Mentors.details().practice("Elsewhere").capacity(1).build(),
            1);
    MentorSnapshot other = snapshot("m-other", "Dr Other", Mentors.details().build(), 0);

    List<Candidate> ranked =
        Matcher.rank(request(r), MENTEE_NAME, List.of(samePractice, full, other), Times.TODAY);

    assertEquals("Dr Other", ranked.get(0).mentorName());
    assertFalse(ranked.get(0).blocked());
    assertTrue(ranked.get(1).blocked() && ranked.get(1).preferred());
    assertTrue(ranked.get(2).blocked() && ranked.get(2).preferred());
    assertTrue(
        ranked.stream()
            .filter(Candidate::preferred)
            .allMatch(
                c ->
                    c.conflicts().contains(Conflict.SAME_PRACTICE)
                        || c.conflicts().contains(Conflict.AT_CAPACITY)));
  }

  @Test
  void areaModeAndCurrentTrainingEachRaiseTheScore() {
    RequestDetails r =
        Requests.details().preferredArea("leeds").preferredModes(MeetingMode.VIDEO).build();
    MentorDetails base =
        Mentors.details()
            .areas("Hull")
            .modes(MeetingMode.PHONE)
            .training(TrainingStatus.IN_TRAINING, null)
            .build();
    MentorSnapshot none = snapshot("m-0", "None", base, 0);
    MentorSnapshot area =
        snapshot(
            "m-1",
            "Area",
            Mentors.details()
                .areas("Leeds")
                .modes(MeetingMode.PHONE)
                .training(TrainingStatus.IN_TRAINING, null)
                .build(),
            0);
    MentorSnapshot mode =
        snapshot(
            "m-2",
            "Mode",
            Mentors.details()
                .areas("Hull")
                .modes(MeetingMode.VIDEO)
                .training(TrainingStatus.IN_TRAINING, null)
                .build(),
            0);
    MentorSnapshot trained =
        snapshot(
            "m-3", "Trained", Mentors.details().areas("Hull").modes(MeetingMode.PHONE).build(), 0);

    List<Candidate> ranked =
        Matcher.rank(request(r), MENTEE_NAME, List.of(none, mode, trained, area), Times.TODAY);

    assertEquals(List.of("Area", "Trained", "Mode", "None"), names(ranked));
    int base20 = 20; // two places free, ten points each
    assertEquals(
        List.of(base20 + 40, base20 + 30, base20 + 20, base20),
        ranked.stream().map(Candidate::score).toList());
  }

  @Test
  void explainsEachCandidatesPlaceWithReasons() {
    RequestDetails r =
        Requests.details().preferredArea("Leeds").preferredModes(MeetingMode.VIDEO).build();
    MentorSnapshot good = snapshot("m-good", "Good", Mentors.details().capacity(3).build(), 1);
    MentorSnapshot poor =
        snapshot(
            "m-poor",
            "Poor",
            Mentors.details()
                .areas("Hull")
                .modes(MeetingMode.PHONE)
                .trainedOn(Times.TODAY.minusYears(5))
                .build(),
            0);

    List<Candidate> ranked =
        Matcher.rank(request(r), MENTEE_NAME, List.of(poor, good), Times.TODAY);

    assertEquals(
        List.of(
            "Has capacity (2 of 3 places free)",
            "Same area: covers Leeds",
            "Meets as the mentee prefers",
            "Training current until May 2027"),
        ranked.get(0).reasons());
    assertEquals(2, ranked.get(0).capacityLeft());
    assertEquals(
        List.of(
            "Has capacity (2 of 2 places free)",
            "Does not cover Leeds",
            "Does not meet as the mentee prefers",
            "Training not current: lapsed in May 2023"),
        ranked.get(1).reasons());
    assertTrue(ranked.get(0).trainingCurrent());
    assertFalse(ranked.get(1).trainingCurrent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TRAINED     | -1000 | Training current until August 2025",
        "TRAINED     | -1050 | Training current, due again in June 2025",
        "TRAINED     | -1096 | Training current, due again in May 2025",
        "TRAINED     | -1097 | Training not current: lapsed in May 2025",
        "IN_TRAINING |       | Training not current: still in mentor training",
        "NOT_TRAINED |       | Training not current: not trained as a mentor",
      })
  void saysInWordsWhereTheTrainingStandsAndWhenItIsDue(
      TrainingStatus status, Integer daysAgo, String expected) {
    MentorSnapshot m =
        snapshot(
            "m-t",
            "Trained",
            Mentors.details()
                .training(status, daysAgo == null ? null : Times.TODAY.plusDays(daysAgo))
                .build(),
            0);

    Candidate c =
        Matcher.rank(request(Requests.details().build()), MENTEE_NAME, List.of(m), Times.TODAY)
            .get(0);

    assertTrue(c.reasons().contains(expected), () -> c.reasons().toString());
    assertEquals(expected.startsWith("Training current"), c.trainingCurrent());
  }

  @Test
  void moreFreePlacesRankHigherUpToFive() {
    MentorSnapshot one = snapshot("m-1", "One place", Mentors.details().capacity(1).build(), 0);
    MentorSnapshot five = snapshot("m-5", "Five places", Mentors.details().capacity(5).build(), 0);
    MentorSnapshot nine = snapshot("m-9", "Nine places", Mentors.details().capacity(9).build(), 0);

    List<Candidate> ranked =
        Matcher.rank(
            request(Requests.details().build()),
            MENTEE_NAME,
            List.of(one, nine, five),
            Times.TODAY);

    assertEquals(List.of("Five places", "Nine places", "One place"), names(ranked));
    assertEquals(ranked.get(0).score(), ranked.get(1).score(), "five places and more count alike");
  }

  @Test
  void blockedCandidatesAreRankedLastAmongThemselvesByScore() {
    MentorSnapshot full = snapshot("m-full", "Full", Mentors.details().capacity(1).build(), 1);
    MentorSnapshot paused = snapshot("m-paused", "Paused", Mentors.details().build(), 0);
    paused.profile().pause(aMentor("m-paused"));

    List<Candidate> ranked =
        Matcher.rank(
            request(Requests.details().build()), MENTEE_NAME, List.of(full, paused), Times.TODAY);

    assertEquals(List.of("Paused", "Full"), names(ranked));
    assertTrue(ranked.stream().allMatch(Candidate::blocked));
    assertEquals(0, ranked.get(1).capacityLeft());
    assertTrue(ranked.get(1).reasons().contains("No places free (1 of 1 taken)"));
    assertTrue(ranked.get(1).reasons().contains(Conflict.AT_CAPACITY.reason()));
  }

  @Test
  void equalScoresRankByName() {
    MentorSnapshot b = snapshot("m-b", "Beth", Mentors.details().build(), 0);
    MentorSnapshot a = snapshot("m-a", "Anna", Mentors.details().build(), 0);

    List<Candidate> ranked =
        Matcher.rank(request(Requests.details().build()), MENTEE_NAME, List.of(b, a), Times.TODAY);

    assertEquals(List.of("Anna", "Beth"), names(ranked));
  }

  private static List<String> names(List<Candidate> ranked) {
    return ranked.stream().map(Candidate::mentorName).toList();
  }
}
