package org.mentorlink.domain.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.Mentorship;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.StateConflict;
import org.mentorlink.domain.shared.TenantId;

/**
 * A coordinator's proposal of a mentor for an accepted request. Hard conflicts block it at the
 * start. The mentor accepts or declines (with a reason); then the mentee confirms or declines.
 * Confirmation matches the request; the relationship starts from there.
 */
@Entity
@Table(name = "match_proposal")
public class MatchProposal {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Column(name = "mentor_profile_id", nullable = false, length = 36)
  private String mentorProfileId;

  @Column(name = "mentor_id", nullable = false, length = 36)
  private String mentorId;

  @Column(name = "mentee_id", nullable = false, length = 36)
  private String menteeId;

  @Column(name = "state", nullable = false, length = 24)
  private String state;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "decline_reason", length = 2000)
  private String declineReason;

  @Column(name = "proposed_by", nullable = false, length = 36)
  private String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MatchProposal() {}

  /**
   * The coordinator proposes {@code mentor} for {@code request}; refused while any hard conflict
   * stands or another proposal for the request, among {@code proposalsSoFar}, is open.
   */
  public static MatchProposal propose(
      Scheme scheme,
      Actor by,
      MentoringRequest request,
      MentorProfile mentor,
      List<Conflict> conflicts,
      Collection<MatchProposal> proposalsSoFar,
      Instant at) {
    scheme.requireCoordinator(by);
    if (!request.scheme().equals(scheme.ref()) || !mentor.scheme().equals(scheme.ref())) {
      throw new Forbidden("The request and the mentor must belong to this scheme.");
    }
    if (request.state() != RequestState.ACCEPTED) {
      throw new InvalidTransition(
          "REQUEST_NOT_ACCEPTED", "Only a request accepted for matching can be matched.");
    }
    if (!request.hasMentee()) {
      throw new InvalidTransition(
          "REQUEST_HAS_NO_MENTEE",
          "Nobody has claimed this request yet: a mentor can be proposed once the caller has"
              + " made it theirs.");
    }
    if (!conflicts.isEmpty()) {
      throw new StateConflict(
          "MATCH_CONFLICT",
          "This match is blocked: "
              + String.join(" ", conflicts.stream().map(Conflict::reason).toList()));
    }
    if (proposalsSoFar.stream()
        .anyMatch(p -> p.requestId.equals(request.id()) && p.state().open())) {
      throw new InvalidTransition(
          "PROPOSAL_OPEN", "Another mentor has already been proposed for this request.");
    }
    MatchProposal p = new MatchProposal();
    p.id = UUID.randomUUID().toString();
    p.tenantId = scheme.tenant().value();
    p.schemeId = scheme.id();
    p.requestId = request.id();
    p.mentorProfileId = mentor.id();
    p.mentorId = mentor.person().personId();
    p.menteeId = request.mentee().personId();
    p.state = MatchState.PROPOSED.name();
    p.proposedBy = by.person().personId();
    p.proposedAt = Objects.requireNonNull(at);
    return p;
  }

  /**
   * The scheme's lead matches the mentee of {@code current} with {@code mentor} instead, as the
   * mentee asked: a match for the same (already matched) request that stands confirmed at once,
   * from which the new relationship starts. Refused while any hard conflict stands ({@code
   * conflicts}, among them the mentor the mentee asked to change from) or once {@code current} has
   * ended.
   */
  public static MatchProposal rematch(
      Scheme scheme,
      Actor by,
      MentoringRequest request,
      Mentorship current,
      MentorProfile mentor,
      List<Conflict> conflicts,
      Instant at) {
    scheme.requireLead(by);
    if (!request.scheme().equals(scheme.ref())
        || !mentor.scheme().equals(scheme.ref())
        || !current.scheme().equals(scheme.ref())) {
      throw new Forbidden("The request and the mentor must belong to this scheme.");
    }
    if (!current.mentee().equals(request.mentee())) {
      throw new Forbidden("That is another mentee's request.");
    }
    if (request.state() != RequestState.MATCHED || !current.active()) {
      throw new InvalidTransition(
          "RELATIONSHIP_CLOSED", "Only a mentee in an active relationship can be matched again.");
    }
    if (!conflicts.isEmpty()) {
      throw new StateConflict(
          "MATCH_CONFLICT",
          "This match is blocked: "
              + String.join(" ", conflicts.stream().map(Conflict::reason).toList()));
    }
    MatchProposal p = new MatchProposal();
    p.id = UUID.randomUUID().toString();
    p.tenantId = scheme.tenant().value();
    p.schemeId = scheme.id();
    p.requestId = request.id();
    p.mentorProfileId = mentor.id();
    p.mentorId = mentor.person().personId();
    p.menteeId = request.mentee().personId();
    p.state = MatchState.CONFIRMED.name();
    p.proposedBy = by.person().personId();
    p.proposedAt = Objects.requireNonNull(at);
    p.decidedAt = at;
    return p;
  }

  /** The proposed mentor accepts. */
  public void mentorAccepts(Actor by, Instant at) {
    requireMentor(by);
    requireState(MatchState.PROPOSED);
    state = MatchState.MENTOR_ACCEPTED.name();
    decidedAt = at;
  }

  /** The proposed mentor declines, with a reason for the coordinator. */
  public void mentorDeclines(Actor by, String reason, Instant at) {
    requireMentor(by);
    requireState(MatchState.PROPOSED);
    declineReason = Require.text(reason, "REASON_REQUIRED", "A reason", 2000);
    state = MatchState.DECLINED_BY_MENTOR.name();
    decidedAt = at;
  }

  /** The mentee confirms the mentor who accepted; the request is matched. */
  public void menteeConfirms(Actor by, MentoringRequest request, Instant at) {
    requireMentee(by);
    requireState(MatchState.MENTOR_ACCEPTED);
    if (!request.id().equals(requestId)) {
      throw new Forbidden("That is another request.");
    }
    request.matched(at);
    state = MatchState.CONFIRMED.name();
    decidedAt = at;
  }

  /** The mentee declines the mentor; the coordinator may propose another. */
  public void menteeDeclines(Actor by, String reason, Instant at) {
    requireMentee(by);
    requireState(MatchState.MENTOR_ACCEPTED);
    declineReason =
        reason == null || reason.isBlank()
            ? null
            : Require.text(reason, "REASON", "A reason", 2000);
    state = MatchState.DECLINED_BY_MENTEE.name();
    decidedAt = at;
  }

  private void requireMentor(Actor by) {
    if (!isMentor(by.person())) {
      throw new Forbidden("Only the proposed mentor can answer this proposal.");
    }
  }

  private void requireMentee(Actor by) {
    if (!isMentee(by.person())) {
      throw new Forbidden("Only the mentee can answer this.");
    }
  }

  private void requireState(MatchState expected) {
    if (state() != expected) {
      throw new InvalidTransition("PROPOSAL_STATE", "This proposal has already been answered.");
    }
  }

  public boolean isMentor(PersonRef p) {
    return p.sameTenantAs(new TenantId(tenantId)) && p.personId().equals(mentorId);
  }

  public boolean isMentee(PersonRef p) {
    return p.sameTenantAs(new TenantId(tenantId)) && p.personId().equals(menteeId);
  }

  public String id() {
    return id;
  }

  public String schemeId() {
    return schemeId;
  }

  public String requestId() {
    return requestId;
  }

  public String mentorProfileId() {
    return mentorProfileId;
  }

  public PersonRef mentor() {
    return new PersonRef(new TenantId(tenantId), mentorId);
  }

  public PersonRef mentee() {
    return new PersonRef(new TenantId(tenantId), menteeId);
  }

  public MatchState state() {
    return MatchState.valueOf(state);
  }

  public String declineReason() {
    return declineReason;
  }

  public Instant proposedAt() {
    return proposedAt;
  }
}
