package org.mentorlink.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/** Requests for mentoring, per scheme. */
public interface RequestRepository {
  Optional<MentoringRequest> find(SchemeRef scheme, String id);

  /** The mentee's requests in the scheme, newest first. */
  List<MentoringRequest> forMentee(SchemeRef scheme, PersonRef mentee);

  /** Requests in the given states, oldest first (a queue), paged. */
  List<MentoringRequest> inStates(
      SchemeRef scheme, Set<RequestState> states, int offset, int limit);

  long count(SchemeRef scheme, Set<RequestState> states);

  void add(MentoringRequest request);

  /** The claim link with this code hash, in any scheme (the caller checks where it belongs). */
  Optional<ClaimLink> claimLink(String codeHash);

  void addClaimLink(ClaimLink link);

  /** The request's claim links that are neither used nor expired at {@code now}. */
  List<ClaimLink> usableClaimLinks(SchemeRef scheme, String requestId, Instant now);
}
