package org.mentorlink.domain.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/** The claims of each scheme and its rules for them. */
public interface ClaimRepository {
  Optional<Claim> find(SchemeRef scheme, String id);

  /** The claim for a session, if there is one (there is at most one). */
  Optional<Claim> forSession(SchemeRef scheme, String sessionId);

  /** A mentor's claims in the scheme, newest session first. */
  List<Claim> forMentor(SchemeRef scheme, PersonRef mentor);

  /** The scheme's claims in {@code state}, oldest session first, paged. */
  List<Claim> inState(SchemeRef scheme, ClaimState state, int offset, int limit);

  long countInState(SchemeRef scheme, ClaimState state);

  /** The sum of the totals of the scheme's claims in {@code state} for sessions in {@code year}. */
  Money sum(SchemeRef scheme, CpdYear year, ClaimState state);

  /** Approved claims for sessions from {@code from} to {@code to} (inclusive), by date. */
  List<Claim> approvedBetween(SchemeRef scheme, LocalDate from, LocalDate to);

  void add(Claim claim);

  Optional<ClaimRules> rules(SchemeRef scheme);

  void addRules(ClaimRules rules);
}
