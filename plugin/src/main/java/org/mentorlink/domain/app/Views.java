package org.mentorlink.domain.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.matching.Conflict;
import org.mentorlink.domain.matching.MatchState;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.MentorDetails;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.relationship.GoalOption;
import org.mentorlink.domain.relationship.GoalState;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.CpdHours;

/** What the services hand to pages and the API: plain values, shaped by who is asking. */
public final class Views {
  private Views() {}

  /** A person by id and display name. */
  public record PersonView(String id, String name) {}

  /**
   * The actor's standing in the course's scheme, as this launch allows it. {@code lead} and {@code
   * coordinator} are powers, and hold only in a launch with an instructor-level course role: the
   * scheme's lead who opened Mentorlink as a learner has both false — they see what a learner sees
   * — and {@code leadButNotInstructorNow} true, so that pages can say why ({@code
   * coordinatorButNotInstructorNow} likewise for the lead and the coordinators). {@code canSetUp}:
   * the course has no scheme yet and this launch may set one up.
   */
  public record MyRoles(
      boolean lead,
      boolean coordinator,
      boolean mentor,
      boolean mentee,
      boolean canSetUp,
      boolean leadButNotInstructorNow,
      boolean coordinatorButNotInstructorNow,
      boolean matching) {}

  /**
   * A scheme's numbers, for every coordinator (also under "only the lead knows"): counts only, no
   * names.
   */
  public record SchemeNumbers(
      long requestsToRead,
      long requestsToMatch,
      long requestsInAll,
      long relationships,
      long cpdAwaitingApproval,
      long mentors) {}

  /**
   * A scheme's privacy settings and notice; {@code matchingCoordinators}: whom the lead named (for
   * coordinators only, else empty).
   */
  public record PrivacyView(
      String schemeName,
      boolean onlyLeadKnows,
      String notice,
      boolean ownNotice,
      int retentionYears,
      boolean formerMentorKeepsOwnNotes,
      List<PersonView> matchingCoordinators) {}

  /**
   * A scheme: who leads it, who coordinates it (for those who may coordinate now), its settings,
   * the time zone its dates are shown and counted in (its own, or the tool's default), and the
   * actor's standing.
   */
  public record SchemeView(
      String id,
      String name,
      PersonView lead,
      List<PersonView> coordinators,
      SchemeSettings settings,
      ZoneId timeZone,
      MyRoles me) {}

  /**
   * A course member (roster entry) for coordinators.
   *
   * @param lastSeen the last launch, or null for a member who has never opened Mentorlink
   * @param status whether the member still belongs to the course (the platform's list says)
   * @param launched whether the member has ever opened Mentorlink
   */
  public record MemberView(
      PersonView person,
      Set<String> launchRoles,
      boolean mentor,
      Instant lastSeen,
      org.mentorlink.domain.scheme.MembershipStatus status,
      boolean launched) {}

  /** A mentor's profile with their load. */
  public record MentorView(
      String profileId,
      PersonView person,
      MentorDetails details,
      boolean paused,
      long activeMentees,
      boolean trainingCurrent) {}

  /** A request, as its mentee or a coordinator sees it. */
  /**
   * A request. {@code mentee} is null while a request the lead entered for a caller ({@code
   * enteredForCaller}) is not yet claimed; {@code callerName} is the caller's name as the lead
   * entered it.
   */
  public record RequestView(
      String id,
      PersonView mentee,
      RequestState state,
      RequestDetails details,
      String signpostName,
      String signpostLink,
      String closingReason,
      Instant submittedAt,
      Instant screenedAt,
      boolean enteredForCaller,
      String callerName,
      boolean mentoringRequired) {
    /** Whom the request is from, for the pages: the mentee's name, or the caller's. */
    public String who() {
      return mentee != null ? mentee.name() : callerName;
    }

    /** False while nobody has claimed a request entered for a caller. */
    public boolean hasMentee() {
      return mentee != null;
    }
  }

  /** A candidate mentor for a request, with the reasons and any blocking conflicts. */
  public record CandidateView(
      String profileId,
      PersonView mentor,
      int capacityLeft,
      int score,
      List<String> reasons,
      List<Conflict> conflicts,
      boolean preferred,
      boolean trainingCurrent) {}

  /** A proposal; {@code requestSummary} is the mentee's topics, area and modes (for the mentor). */
  public record ProposalView(
      String id,
      String requestId,
      PersonView mentee,
      PersonView mentor,
      MatchState state,
      String declineReason,
      Instant proposedAt,
      RequestSummary requestSummary) {}

  /** What the mentor learns of the request: no free text beyond topics, area and modes. */
  public record RequestSummary(
      Set<String> helpWith,
      String preferredArea,
      Set<MeetingMode> modes,
      boolean mentoringRequired) {}

  /** A relationship for its parties. */
  public record RelationshipView(
      String id,
      PersonView mentee,
      PersonView mentor,
      boolean active,
      Instant startedAt,
      Instant closedAt,
      ClosureReason closureReason,
      String closingSummary,
      int allowanceSessions,
      LocalDate allowanceEnds,
      RequestSummary requestSummary,
      List<ContractView> contracts,
      List<SessionView> sessions,
      List<GoalView> goals,
      List<SignpostView> signposts) {}

  /**
   * A signposting during a relationship, for its mentee and mentor: the service, its link, the note
   * for the mentee, and when.
   */
  public record SignpostView(
      String id, String service, String link, String note, Instant recordedAt) {}

  /**
   * A relationship as its former mentor may still read it, after the mentee changed mentor (if the
   * scheme lets them): who and when, and per session only what they wrote themself.
   */
  public record FormerMentorshipView(
      String id,
      PersonView mentee,
      Instant startedAt,
      Instant closedAt,
      ClosureReason closureReason,
      List<OwnSessionView> sessions) {}

  /** A session's date, length and state, with only the reader's own notes and addenda. */
  public record OwnSessionView(
      String id,
      int number,
      Instant scheduledAt,
      CpdHours duration,
      SessionState state,
      String notes,
      List<AddendumView> addenda) {}

  /** A contract version with who signed it. */
  public record ContractView(
      String id,
      int version,
      ContractTerms terms,
      String text,
      String sha256,
      List<SignatureView> signatures,
      boolean fullySigned,
      boolean signedByMe) {}

  public record SignatureView(PersonView person, Instant signedAt, String sha256) {}

  /** A session for its parties (everything). */
  public record SessionView(
      String id,
      int number,
      Instant scheduledAt,
      CpdHours duration,
      MeetingMode mode,
      SessionState state,
      String agenda,
      String menteeNotes,
      String mentorNotes,
      Set<Theme> themes,
      List<String> topics,
      String goalsReviewed,
      List<ActionView> actions,
      List<AddendumView> addenda,
      String returnReason,
      boolean beyondAllowance,
      boolean needsApproval,
      Instant signedOffAt) {}

  public record ActionView(String what, ActionItem.Owner owner, LocalDate dueOn, boolean overdue) {}

  public record AddendumView(PersonView by, Instant at, String text) {}

  public record GoalView(
      String id,
      String goal,
      String reality,
      List<GoalOption> options,
      String chosenAction,
      LocalDate actionDueOn,
      GoalState state,
      boolean due,
      boolean overdue) {}

  /** What a coordinator sees of a relationship: dates, counts, states — never content. */
  public record RelationshipSummary(
      String id,
      PersonView mentee,
      PersonView mentor,
      boolean active,
      Instant startedAt,
      Instant closedAt,
      ClosureReason closureReason,
      boolean contractSigned,
      int sessionsHeld,
      int sessionsSignedOff,
      int allowanceSessions,
      List<SessionSummary> sessions,
      boolean mentoringRequired,
      int signpostings) {}

  /** A session as the coordinator sees it. */
  public record SessionSummary(
      String id,
      int number,
      Instant scheduledAt,
      CpdHours duration,
      SessionState state,
      boolean needsApproval) {}

  /** A person's CPD: the scheme's yearly target and each CPD year, newest first. */
  public record CpdLog(int yearlyTarget, List<CpdYearView> years) {}

  /** One CPD year: credit, hours pending, the five-year cycle to date, and its entries. */
  public record CpdYearView(
      String label,
      LocalDate start,
      LocalDate end,
      CpdHours credit,
      CpdHours pending,
      CpdHours cycleCredit,
      List<CpdEntryView> entries) {}

  /** One ledger line, for its owner. */
  public record CpdEntryView(
      String id,
      org.mentorlink.domain.cpd.CpdActivity activity,
      String description,
      LocalDate date,
      CpdHours hours,
      org.mentorlink.domain.cpd.CpdRole role,
      org.mentorlink.domain.cpd.CpdKind kind,
      org.mentorlink.domain.cpd.EntryState state,
      String reflection,
      boolean shareReflection,
      boolean impact,
      String returnReason,
      boolean reversal,
      String reverses,
      String reversalReason,
      boolean reversed,
      CpdHours credit) {}

  /** An entry in the educator's queue: no session content, the reflection only if shared. */
  public record ApprovalItem(
      String id,
      PersonView person,
      org.mentorlink.domain.cpd.CpdRole role,
      org.mentorlink.domain.cpd.CpdActivity activity,
      LocalDate date,
      CpdHours hours,
      String cpdYear,
      String sharedReflection,
      boolean reflectionShared) {}

  /**
   * A mentor's records, for the mentor and for those who keep them (the lead, and the matching
   * coordinators under "only the lead knows"): training tier and date and when it lapses, the
   * indemnity, what has lapsed or lapses soon, and one page of supervision attendance.
   */
  public record MentorRecordsView(
      String profileId,
      PersonView mentor,
      org.mentorlink.domain.mentor.MentorRecord record,
      java.time.LocalDate trainingLapsesOn,
      boolean trainingCurrent,
      List<org.mentorlink.domain.mentor.Lapse> lapses,
      Page<AttendanceView> attendance) {}

  /** One supervision, support-group or peer-review meeting a mentor attended. */
  public record AttendanceView(
      String id,
      java.time.LocalDate heldOn,
      org.mentorlink.domain.mentor.SupportKind kind,
      String note) {}

  /**
   * How many of the scheme's mentors have lapsed, or lapse within the warning period: training and
   * indemnity — numbers only, for every coordinator.
   */
  public record LapseCounts(
      long trainingLapsed, long trainingLapsing, long indemnityLapsed, long indemnityLapsing) {
    public boolean any() {
      return trainingLapsed + trainingLapsing + indemnityLapsed + indemnityLapsing > 0;
    }
  }

  /** A mentor invitation, before it is accepted. */
  public record InvitationView(String schemeName, Instant expiresAt) {}

  /** A page of items. */
  public record Page<T>(List<T> items, int page, int size, long total) {
    public boolean hasNext() {
      return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
      return page > 0;
    }
  }
}
