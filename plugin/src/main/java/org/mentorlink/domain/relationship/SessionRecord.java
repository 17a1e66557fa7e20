package org.mentorlink.domain.relationship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.Values;

/**
 * One mentoring session and its record. Either party schedules it (date, duration in half-hour
 * steps, mode); the mentee sets the agenda, before or at the start; both write the record (the
 * mentee's notes and the mentor's notes, themes, topics, goals reviewed, actions). The mentee
 * submits it; the mentor signs it off, which locks it, or returns it with a reason. A session
 * beyond the scheme's allowance needs the coordinator's approval before sign-off. After locking the
 * record changes only by addenda, each attributed and timed.
 */
@Entity
@Table(name = "session_record")
public class SessionRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "relationship_id", nullable = false, length = 36)
  private String relationshipId;

  @Column(name = "seq_no", nullable = false)
  private int number;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(name = "duration_half_hours", nullable = false)
  private long durationHalfHours;

  @Column(name = "mode", nullable = false, length = 16)
  private String mode;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "agenda", length = 4000)
  private String agenda;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "mentee_notes", length = 20000)
  private String menteeNotes;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "mentor_notes", length = 20000)
  private String mentorNotes;

  @Column(name = "themes", length = 100)
  private String themes;

  @Convert(converter = Sealed.Lines.class)
  @Column(name = "topics", length = 2100)
  private List<String> topics = new ArrayList<>();

  @Convert(converter = Sealed.Text.class)
  @Column(name = "goals_reviewed", length = 4000)
  private String goalsReviewed;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_action", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<ActionItem> actions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_addendum", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<Addendum> addenda = new ArrayList<>();

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "return_reason", length = 2000)
  private String returnReason;

  @Column(name = "beyond_allowance", nullable = false)
  private boolean beyondAllowance;

  @Column(name = "extra_approved_by", length = 36)
  private String extraApprovedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "signed_off_at")
  private Instant signedOffAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SessionRecord() {}

  /**
   * Either party schedules the relationship's next session (numbered after those in {@code
   * sessions}); it is beyond the allowance when that number exceeds the allowance, or when it
   * falls, by the scheme's {@code calendar}, after the allowance's last day.
   */
  public static SessionRecord schedule(
      Relationship r,
      Actor by,
      SessionHistory sessions,
      Instant when,
      CpdHours duration,
      MeetingMode mode,
      Calendar calendar) {
    r.requireParty(by);
    r.requireActive();
    sessions.requireOf(r);
    if (duration == null || duration.isZero() || duration.compareTo(CpdHours.of("8")) > 0) {
      throw new DomainException("INVALID_DURATION", "A session lasts 0.5 to 8 hours.");
    }
    SessionRecord s = new SessionRecord();
    s.id = UUID.randomUUID().toString();
    s.tenantId = r.mentee().tenant().value();
    s.relationshipId = r.id();
    s.number = sessions.nextNumber();
    s.scheduledAt = Require.present(when, "INVALID_DATE", "The session's date");
    s.durationHalfHours = duration.halfHours();
    s.mode = Require.present(mode, "INVALID_MODE", "How you meet").name();
    s.state = SessionState.DRAFT.name();
    s.beyondAllowance = beyondAllowance(r, s.number, s.scheduledAt, calendar);
    return s;
  }

  /** More sessions than allowed, or held on a day after the allowance period has ended. */
  private static boolean beyondAllowance(
      Relationship r, int number, Instant when, Calendar calendar) {
    return number > r.allowanceSessions()
        || calendar.dateOf(when).isAfter(r.allowanceEnds(calendar));
  }

  /** Either party moves the session while it is still editable (dated by the scheme's calendar). */
  public void reschedule(
      Relationship r,
      Actor by,
      Instant when,
      CpdHours duration,
      MeetingMode mode,
      Calendar calendar) {
    requireEditable(r, by);
    if (duration == null || duration.isZero() || duration.compareTo(CpdHours.of("8")) > 0) {
      throw new DomainException("INVALID_DURATION", "A session lasts 0.5 to 8 hours.");
    }
    scheduledAt = Require.present(when, "INVALID_DATE", "The session's date");
    durationHalfHours = duration.halfHours();
    this.mode = Require.present(mode, "INVALID_MODE", "How you meet").name();
    beyondAllowance = beyondAllowance(r, number, scheduledAt, calendar);
  }

  /** The mentee sets the agenda (before or at the start; the session is theirs). */
  public void setAgenda(Relationship r, Actor by, String text) {
    requireEditable(r, by);
    if (!r.isMentee(by.person())) {
      throw new Forbidden("The mentee sets the agenda.");
    }
    agenda = Values.optionalText(text, 4000, "The agenda");
  }

  /**
   * A party writes the record: the mentee's notes or the mentor's notes (each writes only their
   * own), and the shared themes, topics, goals reviewed and actions. A part left out keeps what it
   * holds; a part sent empty is cleared.
   */
  public void write(Relationship r, Actor by, SessionRecordDetails d) {
    requireEditable(r, by);
    Objects.requireNonNull(d, "details");
    if (d.notes() != null) {
      String notes = d.notes().isEmpty() ? null : d.notes();
      if (r.isMentee(by.person())) {
        menteeNotes = notes;
      } else {
        mentorNotes = notes;
      }
    }
    if (d.themes() != null) {
      themes = Values.names(d.themes());
    }
    if (d.topics() != null && !topics.equals(d.topics())) {
      topics = new ArrayList<>(d.topics());
    }
    if (d.goalsReviewed() != null) {
      goalsReviewed = d.goalsReviewed().isEmpty() ? null : d.goalsReviewed();
    }
    // The same actions sent again (a returned record sent back unchanged) keep their rows: the
    // stored form of a sealed value differs at every write, so a replaced list would be written
    // again — and its rows are keyed by position.
    if (d.actions() != null && !actions.equals(d.actions())) {
      actions = new ArrayList<>(d.actions());
    }
  }

  /** The mentee submits the record for the mentor's sign-off. */
  public void submit(Relationship r, Actor by, Instant at) {
    requireEditable(r, by);
    if (!r.isMentee(by.person())) {
      throw new Forbidden("The mentee submits the session record.");
    }
    state = SessionState.SUBMITTED.name();
    returnReason = null;
    submittedAt = Objects.requireNonNull(at);
  }

  /** The relationship's mentor signs off a submitted record, which locks it. */
  public void signOff(Relationship r, Actor by, Instant at) {
    requireMentorOf(r, by);
    if (state() != SessionState.SUBMITTED) {
      throw new InvalidTransition(
          "SESSION_NOT_SUBMITTED", "Only a submitted record can be signed off.");
    }
    if (needsApproval()) {
      throw new InvalidTransition(
          "APPROVAL_REQUIRED",
          "This session is beyond the scheme's allowance: the coordinator must approve it first.");
    }
    state = SessionState.SIGNED_OFF.name();
    signedOffAt = Objects.requireNonNull(at);
  }

  /** The mentor returns a submitted record to the mentee with a reason. */
  public void returnForChanges(Relationship r, Actor by, String reason) {
    requireMentorOf(r, by);
    if (state() != SessionState.SUBMITTED) {
      throw new InvalidTransition(
          "SESSION_NOT_SUBMITTED", "Only a submitted record can be returned.");
    }
    returnReason = Require.text(reason, "REASON_REQUIRED", "A reason", 2000);
    state = SessionState.RETURNED.name();
  }

  /** The scheme's coordinator approves a session beyond the allowance (sees no content). */
  public void approveBeyondAllowance(Scheme scheme, Relationship r, Actor by) {
    scheme.requireCoordinator(by);
    if (!r.id().equals(relationshipId) || !r.scheme().equals(scheme.ref())) {
      throw new Forbidden("That session belongs to another scheme.");
    }
    if (!beyondAllowance) {
      throw new InvalidTransition("WITHIN_ALLOWANCE", "This session is within the allowance.");
    }
    extraApprovedBy = by.person().personId();
  }

  /** A party adds an attributed, timed addendum to a locked record; nothing else changes. */
  public void addAddendum(Relationship r, Actor by, String text, Instant at) {
    requireOwn(r);
    r.requireParty(by);
    if (state() != SessionState.SIGNED_OFF) {
      throw new InvalidTransition(
          "SESSION_NOT_LOCKED", "Addenda are for signed-off records; edit the record instead.");
    }
    addenda.add(
        new Addendum(
            by.person().personId(),
            Objects.requireNonNull(at),
            Require.text(text, "ADDENDUM_REQUIRED", "The addendum", 4000)));
  }

  /**
   * What {@code person} wrote in this session of {@code r}: the mentor's notes for its mentor, the
   * mentee's for its mentee, and the addenda that person added; for anyone else, nothing of the
   * record.
   */
  public OwnWriting writingOf(Relationship r, PersonRef person) {
    requireOwn(r);
    String notes = r.isMentor(person) ? mentorNotes : r.isMentee(person) ? menteeNotes : null;
    return new OwnWriting(
        id,
        number,
        scheduledAt,
        duration(),
        state(),
        notes,
        r.isParty(person)
            ? addenda.stream().filter(a -> person.personId().equals(a.personId())).toList()
            : List.of());
  }

  private void requireEditable(Relationship r, Actor by) {
    requireOwn(r);
    r.requireParty(by);
    r.requireActive();
    if (state() == SessionState.SIGNED_OFF) {
      throw new InvalidTransition(
          "SESSION_LOCKED", "This record is signed off and locked: add an addendum instead.");
    }
    if (!state().editable()) {
      throw new InvalidTransition(
          "SESSION_SUBMITTED", "This record is waiting for the mentor's sign-off.");
    }
  }

  private void requireMentorOf(Relationship r, Actor by) {
    requireOwn(r);
    if (!r.isMentor(by.person())) {
      throw new Forbidden("Only the relationship's mentor signs off its sessions.");
    }
  }

  private void requireOwn(Relationship r) {
    if (!r.id().equals(relationshipId)) {
      throw new Forbidden("That session belongs to another relationship.");
    }
  }

  /** Beyond the allowance and not yet approved. */
  public boolean needsApproval() {
    return beyondAllowance && extraApprovedBy == null;
  }

  public String id() {
    return id;
  }

  public String relationshipId() {
    return relationshipId;
  }

  public int number() {
    return number;
  }

  public Instant scheduledAt() {
    return scheduledAt;
  }

  public CpdHours duration() {
    return CpdHours.ofHalfHours(durationHalfHours);
  }

  public MeetingMode mode() {
    return MeetingMode.valueOf(mode);
  }

  public String agenda() {
    return agenda;
  }

  public String menteeNotes() {
    return menteeNotes;
  }

  public String mentorNotes() {
    return mentorNotes;
  }

  public java.util.Set<Theme> themes() {
    return Values.enums(Theme.class, themes);
  }

  public List<String> topics() {
    return List.copyOf(topics);
  }

  public String goalsReviewed() {
    return goalsReviewed;
  }

  public List<ActionItem> actions() {
    return List.copyOf(actions);
  }

  public List<Addendum> addenda() {
    return List.copyOf(addenda);
  }

  public SessionState state() {
    return SessionState.valueOf(state);
  }

  public String returnReason() {
    return returnReason;
  }

  public boolean beyondAllowance() {
    return beyondAllowance;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant signedOffAt() {
    return signedOffAt;
  }
}
