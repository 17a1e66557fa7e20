package org.mentorlink.domain.cpd;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.scheme.CpdApproval;
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
import org.mentorlink.domain.shared.TenantId;

/**
 * One line of a person's CPD ledger. Its facts — whose, which session or activity, the date, the
 * hours (in half-hour steps), the role and category, the CPD year — never change; it becomes credit
 * only once its owner has written a reflection and, where the scheme approves by hand, an educator
 * has approved it (or returned it with a reason for another reflection). A mistake is put right by
 * a separate reversing entry, never by editing or deleting: see {@link #reverse}.
 */
@Entity
@Table(name = "cpd_entry")
public class CpdEntry {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "activity", nullable = false, length = 24)
  private String activity;

  @Column(name = "source_session_id", length = 36)
  private String sourceSessionId;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "description", length = 500)
  private String description;

  @Column(name = "entry_date", nullable = false)
  private LocalDate date;

  @Column(name = "half_hours", nullable = false)
  private long halfHours;

  @Column(name = "cpd_role", nullable = false, length = 8)
  private String role;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "cpd_year_start", nullable = false)
  private LocalDate cpdYearStart;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "reflection", length = 10000)
  private String reflection;

  @Column(name = "share_reflection", nullable = false)
  private boolean shareReflection;

  @Column(name = "impact", nullable = false)
  private boolean impact;

  @Column(name = "state", nullable = false, length = 24)
  private String state;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "return_reason", length = 2000)
  private String returnReason;

  @Column(name = "decided_by", length = 36)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "reverses_entry_id", length = 36)
  private String reversesEntryId;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "reversal_reason", length = 2000)
  private String reversalReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CpdEntry() {}

  private static CpdEntry base(
      Scheme scheme,
      PersonRef person,
      LocalDate date,
      CpdHours hours,
      CpdRole role,
      CpdKind kind,
      CpdActivity activity,
      Instant at) {
    if (!scheme.ref().admits(person)) {
      throw new Forbidden("That person belongs to another platform.");
    }
    if (hours == null || hours.isZero()) {
      throw new DomainException("CPD_HOURS_REQUIRED", "A CPD entry needs some hours.");
    }
    CpdEntry e = new CpdEntry();
    e.id = UUID.randomUUID().toString();
    e.tenantId = scheme.tenant().value();
    e.schemeId = scheme.id();
    e.personId = person.personId();
    e.date = Require.present(date, "CPD_DATE_REQUIRED", "The date");
    e.halfHours = hours.halfHours();
    e.role = role.name();
    e.kind = kind.name();
    e.activity = activity.name();
    MonthDay start = scheme.settings().cpdYearStart();
    e.cpdYearStart = CpdYear.containing(date, start).start();
    e.state = EntryState.AWAITING_REFLECTION.name();
    e.createdAt = Objects.requireNonNull(at);
    return e;
  }

  /**
   * The entries a signed-off session earns: one for the mentee and one for the mentor, with the
   * session's hours, on the day the session was held by the scheme's {@code calendar} (so in the
   * CPD year of that day). Refused if {@code creditedSoFar} — the entries already made from this
   * session — holds one for either of them (the database refuses a second one too).
   */
  public static List<CpdEntry> forSession(
      Scheme scheme,
      Relationship r,
      SessionRecord session,
      Collection<CpdEntry> creditedSoFar,
      Calendar calendar,
      Instant at) {
    if (session.state() != SessionState.SIGNED_OFF) {
      throw new InvalidTransition("SESSION_NOT_SIGNED_OFF", "Only a signed-off session earns CPD.");
    }
    if (!session.relationshipId().equals(r.id()) || !r.scheme().equals(scheme.ref())) {
      throw new Forbidden("That session belongs elsewhere.");
    }
    LocalDate held = calendar.dateOf(session.scheduledAt());
    List<CpdEntry> out = new ArrayList<>();
    for (PersonRef person : List.of(r.mentee(), r.mentor())) {
      if (creditedSoFar.stream()
          .anyMatch(e -> e.isOwner(person) && session.id().equals(e.sourceSessionId))) {
        throw new DomainException(
            "CPD_ALREADY_CREDITED", "This session has already been counted for this person.");
      }
      CpdEntry e =
          base(
              scheme,
              person,
              held,
              session.duration(),
              r.isMentee(person) ? CpdRole.MENTEE : CpdRole.MENTOR,
              CpdKind.INTERNAL,
              CpdActivity.SESSION,
              at);
      e.sourceSessionId = session.id();
      e.description = "Mentoring session " + session.number();
      out.add(e);
    }
    return out;
  }

  /**
   * A mentor logs their own mentor training or supervision ({@code profile}: their mentor profile
   * in this scheme). The date may not be later than the day on which {@code at} falls by the
   * scheme's {@code calendar}.
   */
  public static CpdEntry mentorActivity(
      Scheme scheme,
      MentorProfile profile,
      Actor mentor,
      CpdActivity activity,
      String description,
      LocalDate date,
      CpdHours hours,
      CpdKind kind,
      Calendar calendar,
      Instant at) {
    if (profile == null
        || !profile.scheme().equals(scheme.ref())
        || !profile.isMentor(mentor.person())) {
      throw new Forbidden("Only the scheme's mentors log training and supervision.");
    }
    if (activity == CpdActivity.SESSION) {
      throw new DomainException("INVALID_ACTIVITY", "Sessions are counted when signed off.");
    }
    if (date != null && date.isAfter(calendar.dateOf(at))) {
      throw new DomainException("CPD_DATE_IN_FUTURE", "Log learning once it has happened.");
    }
    CpdEntry e =
        base(
            scheme,
            mentor.person(),
            date,
            hours,
            CpdRole.MENTOR,
            kind == null ? CpdKind.EXTERNAL : kind,
            activity,
            at);
    e.description = Require.text(description, "CPD_DESCRIPTION_REQUIRED", "What it was", 500);
    return e;
  }

  /**
   * The owner writes (or rewrites, until approved) the reflection; whether the educator may read it
   * is theirs to choose. With automatic approval the entry is credit at once.
   */
  public void reflect(
      Actor by,
      String text,
      boolean share,
      boolean impactOnPractice,
      CpdApproval approval,
      Instant at) {
    requireOwner(by);
    requireNotReversal();
    if (state() == EntryState.APPROVED) {
      throw new InvalidTransition("CPD_ALREADY_APPROVED", "This entry has been approved already.");
    }
    reflection = Require.text(text, "REFLECTION_REQUIRED", "A reflection", 10000);
    shareReflection = share;
    impact = impactOnPractice;
    returnReason = null;
    if (approval == CpdApproval.AUTOMATIC) {
      state = EntryState.APPROVED.name();
      decidedAt = Objects.requireNonNull(at);
      decidedBy = null;
    } else {
      state = EntryState.AWAITING_APPROVAL.name();
    }
  }

  /** A coordinator of the scheme approves a reflected entry (never their own). */
  public void approve(Scheme scheme, Actor by, Instant at) {
    requireEducator(scheme, by);
    requireState(EntryState.AWAITING_APPROVAL);
    state = EntryState.APPROVED.name();
    decidedBy = by.person().personId();
    decidedAt = Objects.requireNonNull(at);
  }

  /** A coordinator returns a reflected entry with a reason; its owner reflects again. */
  public void returnForReflection(Scheme scheme, Actor by, String reason, Instant at) {
    requireEducator(scheme, by);
    requireState(EntryState.AWAITING_APPROVAL);
    returnReason = Require.text(reason, "REASON_REQUIRED", "A reason", 2000);
    state = EntryState.RETURNED.name();
    decidedBy = by.person().personId();
    decidedAt = Objects.requireNonNull(at);
  }

  /**
   * A reversing entry that cancels this one, with a reason; this entry itself is not changed. The
   * owner or a coordinator of the scheme may reverse; a reversal cannot be reversed, and an entry
   * is reversed once: {@code ownersLedger} is the owner's ledger in the scheme, where an earlier
   * reversal would be.
   */
  public CpdEntry reverse(
      Scheme scheme, Actor by, String reason, Collection<CpdEntry> ownersLedger, Instant at) {
    if (!isOwner(by.person()) && !scheme.canCoordinate(by)) {
      throw new Forbidden("Only the owner or a coordinator can correct this entry.");
    }
    requireNotReversal();
    if (Ledger.reversed(ownersLedger).contains(id)) {
      throw new InvalidTransition("CPD_ALREADY_REVERSED", "This entry has already been reversed.");
    }
    CpdEntry r = new CpdEntry();
    r.id = UUID.randomUUID().toString();
    r.tenantId = tenantId;
    r.schemeId = schemeId;
    r.personId = personId;
    r.activity = activity;
    r.description = "Reversal of: " + (description == null ? activity : description);
    r.date = date;
    r.halfHours = halfHours;
    r.role = role;
    r.kind = kind;
    r.cpdYearStart = cpdYearStart;
    r.state = EntryState.APPROVED.name();
    r.reversesEntryId = id;
    r.reversalReason = Require.text(reason, "REASON_REQUIRED", "A reason", 2000);
    r.decidedBy = by.person().personId();
    r.decidedAt = Objects.requireNonNull(at);
    r.createdAt = at;
    return r;
  }

  /**
   * The credit this entry is worth: its hours when approved (twice them with the scheme's impact
   * multiplier and an impact reflection), nothing otherwise. A reversal is worth nothing itself; it
   * cancels the entry it reverses (see {@link Ledger}).
   */
  public CpdHours credit(boolean impactMultiplier) {
    if (isReversal() || state() != EntryState.APPROVED) {
      return CpdHours.ZERO;
    }
    CpdHours h = CpdHours.ofHalfHours(halfHours);
    return impactMultiplier && impact ? h.times(2) : h;
  }

  private void requireEducator(Scheme scheme, Actor by) {
    if (!scheme.ref().tenant().value().equals(tenantId) || !scheme.id().equals(schemeId)) {
      throw new Forbidden("That entry belongs to another scheme.");
    }
    scheme.requireCoordinator(by);
    if (isOwner(by.person())) {
      throw new Forbidden("Nobody approves their own CPD.");
    }
    requireNotReversal();
  }

  private void requireOwner(Actor by) {
    if (!isOwner(by.person())) {
      throw new Forbidden("Only the entry's owner can do this.");
    }
  }

  private void requireState(EntryState expected) {
    if (state() != expected) {
      throw new InvalidTransition("CPD_STATE", "This entry is not waiting for that.");
    }
  }

  private void requireNotReversal() {
    if (isReversal()) {
      throw new InvalidTransition("CPD_REVERSAL", "A reversing entry cannot be changed.");
    }
  }

  public boolean isOwner(PersonRef p) {
    return p.sameTenantAs(new TenantId(tenantId)) && p.personId().equals(personId);
  }

  public boolean isReversal() {
    return reversesEntryId != null;
  }

  public String id() {
    return id;
  }

  public PersonRef person() {
    return new PersonRef(new TenantId(tenantId), personId);
  }

  public String schemeId() {
    return schemeId;
  }

  public CpdActivity activity() {
    return CpdActivity.valueOf(activity);
  }

  public String sourceSessionId() {
    return sourceSessionId;
  }

  public String description() {
    return description;
  }

  public LocalDate date() {
    return date;
  }

  public CpdHours hours() {
    return CpdHours.ofHalfHours(halfHours);
  }

  public CpdRole role() {
    return CpdRole.valueOf(role);
  }

  public CpdKind kind() {
    return CpdKind.valueOf(kind);
  }

  public CpdYear cpdYear() {
    return new CpdYear(cpdYearStart);
  }

  public String reflection() {
    return reflection;
  }

  public boolean shareReflection() {
    return shareReflection;
  }

  public boolean impact() {
    return impact;
  }

  /** When an educator (or the automatic approval) last decided on it; null before. */
  public Instant decidedAt() {
    return decidedAt;
  }

  public EntryState state() {
    return EntryState.valueOf(state);
  }

  public String returnReason() {
    return returnReason;
  }

  public String reversesEntryId() {
    return reversesEntryId;
  }

  public String reversalReason() {
    return reversalReason;
  }
}
