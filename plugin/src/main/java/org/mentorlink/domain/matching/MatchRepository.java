package org.mentorlink.domain.matching;

import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/** Match proposals, per scheme. */
public interface MatchRepository {
  Optional<MatchProposal> find(SchemeRef scheme, String id);

  List<MatchProposal> forRequest(SchemeRef scheme, String requestId);

  List<MatchProposal> forMentor(SchemeRef scheme, PersonRef mentor);

  List<MatchProposal> forMentee(SchemeRef scheme, PersonRef mentee);

  void add(MatchProposal proposal);
}
