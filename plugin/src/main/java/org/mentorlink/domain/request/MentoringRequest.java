package org.mentorlink.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.Signpost;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.domain.shared.Values;

/**
 * A mentee's request for mentoring (the intake pro-forma). A coordinator screens it: accepts it for
 * matching, or signposts the mentee to another service (counselling, occupational health, a
 * practitioner health service), recording which and closing the request with a kind reason the
 * mentee sees. An accepted request becomes matched when the mentee confirms a mentor. The mentee
 * may withdraw an open request.
 *
 * <p>The lead (or a coordinator who matches) may also {@link #enterForCaller enter a request for
 * someone who phoned in}: it is marked as such for good, and has no mentee until it is {@link
 * #claim claimed} — through a single-use link the lead gives the caller, or by the lead choosing
 * the caller's roster entry; never by an e-mail address. Until then it can be screened, but no
 * mentor can be proposed.
 */
@Entity
@Table(name = "mentoring_request")
public class MentoringRequest {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  /** Null while a request entered for a caller is not yet claimed. */
  @Column(name = "mentee_id", length = 36)
  private String menteeId;

  /** The lead or coordinator who entered the request for a caller; null for a mentee's own. */
  @Column(name = "entered_by", length = 36)
  private String enteredBy;

  /** How the lead knows the caller (their name as given on the phone), sealed. */
  @Convert(converter = Sealed.Text.class)
  @Column(name = "caller_name", length = 200)
  private String callerName;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "preferred_mentor", length = 200)
  private String preferredMentor;

  @Column(name = "help_with", nullable = false, length = 200)
  private String helpWith;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "other_details", length = 2000)
  private String otherDetails;

  @Column(name = "preferred_area", length = 100)
  private String preferredArea;

  @Column(name = "preferred_modes", length = 100)
  private String preferredModes;

  @Convert(converter = Sealed.Lines.class)
  @Column(name = "must_not_match", length = 10500)
  private List<String> mustNotMatch = new ArrayList<>();

  @Convert(converter = Sealed.Text.class)
  @Column(name = "line_manager", length = 200)
  private String lineManager;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "practice", length = 200)
  private String practice;

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Column(name = "signpost_name", length = 200)
  private String signpostName;

  @Column(name = "signpost_link", length = 1000)
  private String signpostLink;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "closing_reason", length = 2000)
  private String closingReason;

  @Column(name = "mentoring_required", nullable = false)
  private boolean mentoringRequired;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "screened_at")
  private Instant screenedAt;

  @Column(name = "screened_by", length = 36)
  private String screenedBy;

  @Column(name = "matched_at")
  private Instant matchedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MentoringRequest() {}

  private MentoringRequest(SchemeRef scheme, PersonRef mentee, RequestDetails d, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = scheme.tenant().value();
    this.schemeId = scheme.schemeId();
    this.menteeId = mentee == null ? null : mentee.personId();
    this.state = RequestState.SUBMITTED.name();
    this.submittedAt = Objects.requireNonNull(at);
    apply(d);
  }

  /**
   * A learner of the scheme's course asks for mentoring. Refused while they have an open request
   * among {@code theirRequests} or an active mentorship among {@code theirMentorships} in this
   * scheme: one request, or one mentor, at a time.
   */
  public static MentoringRequest submit(
      Scheme scheme,
      Actor mentee,
      RequestDetails details,
      Collection<MentoringRequest> theirRequests,
      Collection<? extends Mentorship> theirMentorships,
      Instant at) {
    if (!scheme.ref().admits(mentee.person())) {
      throw new Forbidden("You belong to another platform.");
    }
    if (!mentee.has(LaunchRole.LEARNER)) {
      throw new Forbidden("Requests are made by the course's learners.");
    }
    PersonRef me = mentee.person();
    boolean open =
        theirRequests.stream()
                .anyMatch(
                    r -> r.isMentee(me) && r.scheme().equals(scheme.ref()) && r.state().open())
            || theirMentorships.stream()
                .anyMatch(
                    m -> m.mentee().equals(me) && m.scheme().equals(scheme.ref()) && m.active());
    if (open) {
      throw new InvalidTransition(
          "REQUEST_ALREADY_OPEN", "You already have an open request or a mentor in this scheme.");
    }
    return new MentoringRequest(scheme.ref(), mentee.person(), details, at);
  }

  /**
   * The lead, or a coordinator who matches, enters the pro-forma of someone who phoned in and is
   * not (yet) known to the tool: the request has no mentee until it is {@link #claim claimed}.
   * {@code callerName} is how the lead knows them (their name as given), kept sealed.
   */
  public static MentoringRequest enterForCaller(
      Scheme scheme, Actor by, String callerName, RequestDetails details, Instant at) {
    scheme.requireMatching(by);
    String name =
        Require.text(callerName, "CALLER_NAME_REQUIRED", "callerName", "The caller's name", 200);
    MentoringRequest r = new MentoringRequest(scheme.ref(), null, details, at);
    r.enteredBy = by.person().personId();
    r.callerName = name;
    return r;
  }

  /**
   * The caller becomes the request's mentee — {@code person}, who opened the lead's link in their
   * own launch or whose roster entry the lead chose (the caller decided who may). Refused once
   * claimed, once closed, and while the person has an open request among {@code theirRequests} or
   * an active mentorship among {@code theirMentorships} in this scheme.
   */
  public void claim(
      PersonRef person,
      Collection<MentoringRequest> theirRequests,
      Collection<? extends Mentorship> theirMentorships,
      Instant at) {
    Objects.requireNonNull(person, "person");
    if (!person.sameTenantAs(new TenantId(tenantId))) {
      throw new Forbidden("This request belongs to another platform.");
    }
    if (enteredBy == null || menteeId != null) {
      throw new InvalidTransition(
          "REQUEST_ALREADY_CLAIMED", "This request already belongs to someone.");
    }
    if (!state().open()) {
      throw new InvalidTransition("REQUEST_CLOSED", "This request is already closed.");
    }
    SchemeRef here = scheme();
    boolean open =
        theirRequests.stream()
                .anyMatch(r -> r.isMentee(person) && r.scheme().equals(here) && r.state().open())
            || theirMentorships.stream()
                .anyMatch(m -> m.mentee().equals(person) && m.scheme().equals(here) && m.active());
    if (open) {
      throw new InvalidTransition(
          "REQUEST_ALREADY_OPEN",
          "That person already has an open request or a mentor in this scheme.");
    }
    menteeId = person.personId();
    claimedAt = Objects.requireNonNull(at);
  }

  /**
   * The lead (or a coordinator who matches) corrects a request they entered for a caller — the
   * caller's name and the answers — until someone makes it theirs (then only they change it), and
   * only while it has not been screened.
   */
  public void reviseForCaller(Scheme scheme, Actor by, String callerName, RequestDetails details) {
    requireScheme(scheme);
    scheme.requireMatching(by);
    if (!enteredForCaller() || hasMentee()) {
      throw new InvalidTransition(
          "REQUEST_ALREADY_CLAIMED",
          "Only a request entered for a caller that nobody has made theirs yet can be changed"
              + " here; once it is theirs, they change it.");
    }
    if (state() != RequestState.SUBMITTED) {
      throw new InvalidTransition(
          "REQUEST_NOT_EDITABLE", "The request can be changed only until it has been screened.");
    }
    String name =
        Require.text(callerName, "CALLER_NAME_REQUIRED", "callerName", "The caller's name", 200);
    apply(details);
    this.callerName = name;
  }

  /** The mentee changes their answers while the request is still being screened. */
  public void revise(Actor by, RequestDetails details) {
    requireMentee(by);
    if (state() != RequestState.SUBMITTED) {
      throw new InvalidTransition(
          "REQUEST_NOT_EDITABLE", "The request can be changed only until it has been screened.");
    }
    apply(details);
  }

  /** The coordinator finds the request suitable for mentoring. */
  public void acceptForMatching(Scheme scheme, Actor by, Instant at) {
    requireScheme(scheme);
    scheme.requireCoordinator(by);
    requireState(RequestState.SUBMITTED, "Only a newly submitted request can be accepted.");
    state = RequestState.ACCEPTED.name();
    screened(by, at);
  }

  /**
   * The coordinator signposts the mentee to another service instead, with a reason the mentee sees;
   * the request is closed.
   */
  public void signpost(Scheme scheme, Actor by, Signpost to, String reason, Instant at) {
    requireScheme(scheme);
    scheme.requireCoordinator(by);
    if (!state().open()) {
      throw new InvalidTransition("REQUEST_CLOSED", "This request is already closed.");
    }
    Objects.requireNonNull(to, "signpost");
    this.closingReason = Require.text(reason, "REASON_REQUIRED", "A reason for the mentee", 2000);
    this.signpostName = to.name();
    this.signpostLink = to.link();
    this.state = RequestState.SIGNPOSTED.name();
    screened(by, at);
  }

  /**
   * The mentee says they have been asked to have mentoring (a condition set by a regulator or the
   * deanery), or takes it back, while the request is being screened.
   */
  public void askedToHaveMentoring(Actor by, boolean asked) {
    requireMentee(by);
    if (state() != RequestState.SUBMITTED) {
      throw new InvalidTransition(
          "REQUEST_NOT_EDITABLE", "The request can be changed only until it has been screened.");
    }
    this.mentoringRequired = asked;
  }

  /**
   * The lead (or a matching coordinator) records whether the mentoring is voluntary or required, at
   * screening or later: who may know it is decided by whoever may see the request.
   */
  public void recordRequired(Scheme scheme, Actor by, boolean required) {
    requireScheme(scheme);
    scheme.requireMatching(by);
    this.mentoringRequired = required;
  }

  /** True if mentoring is required of the mentee (not voluntary). */
  public boolean mentoringRequired() {
    return mentoringRequired;
  }

  /** The mentee withdraws an open request. */
  public void withdraw(Actor by, Instant at) {
    requireMentee(by);
    if (!state().open()) {
      throw new InvalidTransition("REQUEST_CLOSED", "This request is already closed.");
    }
    state = RequestState.WITHDRAWN.name();
    screenedAt = at;
  }

  /** The mentee confirmed a mentor (called by the match). */
  public void matched(Instant at) {
    requireState(RequestState.ACCEPTED, "Only an accepted request can be matched.");
    state = RequestState.MATCHED.name();
    matchedAt = at;
  }

  private void screened(Actor by, Instant at) {
    screenedAt = Objects.requireNonNull(at);
    screenedBy = by.person().personId();
  }

  private void apply(RequestDetails d) {
    Objects.requireNonNull(d, "details");
    helpWith = Values.names(d.helpWith());
    otherDetails = d.otherDetails();
    preferredArea = d.preferredArea();
    preferredModes = Values.names(d.preferredModes());
    mustNotMatch = new ArrayList<>(d.mustNotMatch());
    lineManager = d.lineManager();
    practice = d.practice();
    preferredMentor = d.preferredMentor();
  }

  private void requireMentee(Actor by) {
    if (!isMentee(by.person())) {
      throw new Forbidden("Only the mentee can do this.");
    }
  }

  private void requireScheme(Scheme scheme) {
    if (!scheme.ref().equals(scheme())) {
      throw new Forbidden("This request belongs to another scheme.");
    }
  }

  private void requireState(RequestState expected, String message) {
    if (state() != expected) {
      throw new InvalidTransition("REQUEST_STATE", message);
    }
  }

  public boolean isMentee(PersonRef person) {
    return menteeId != null
        && person.sameTenantAs(new TenantId(tenantId))
        && person.personId().equals(menteeId);
  }

  /** False while a request entered for a caller waits to be claimed. */
  public boolean hasMentee() {
    return menteeId != null;
  }

  /** True if the lead (or a coordinator) entered it for someone who phoned in. */
  public boolean enteredForCaller() {
    return enteredBy != null;
  }

  /** The caller's name as the lead entered it (null for a mentee's own request). */
  public String callerName() {
    return callerName;
  }

  /** When the caller became its mentee (null otherwise). */
  public Instant claimedAt() {
    return claimedAt;
  }

  public String id() {
    return id;
  }

  public SchemeRef scheme() {
    return new SchemeRef(new TenantId(tenantId), schemeId);
  }

  /** The mentee; null while a request entered for a caller is not yet claimed. */
  public PersonRef mentee() {
    return menteeId == null ? null : new PersonRef(new TenantId(tenantId), menteeId);
  }

  public RequestState state() {
    return RequestState.valueOf(state);
  }

  public RequestDetails details() {
    return new RequestDetails(
        Values.enums(HelpTopic.class, helpWith),
        otherDetails,
        preferredArea,
        Values.enums(MeetingMode.class, preferredModes),
        List.copyOf(mustNotMatch),
        lineManager,
        practice,
        preferredMentor);
  }

  public String signpostName() {
    return signpostName;
  }

  public String signpostLink() {
    return signpostLink;
  }

  public String closingReason() {
    return closingReason;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant screenedAt() {
    return screenedAt;
  }

  public Instant matchedAt() {
    return matchedAt;
  }
}
