package org.mentorlink.domain.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorlink.domain.privacy.ErasureCounts;
import org.mentorlink.domain.privacy.PersonalData;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * {@link PersonalData} for the rules' tests: records what it was asked; the relationships it knows
 * as closed are set by the test (their SQL is tested through real launches).
 */
final class FakePersonalData implements PersonalData {
  final List<String> calls = new ArrayList<>();
  final List<Retention> retentions = new ArrayList<>();

  /** Relationship id → (scheme, closed at); deleted ones are removed. */
  final Map<String, Object[]> closed = new LinkedHashMap<>();

  @Override
  public ErasureCounts erase(
      TenantId tenant, String personId, String erasedId, Collection<SchemeRef> schemes) {
    calls.add("erase " + personId + " in " + schemes.size());
    return ErasureCounts.NONE;
  }

  @Override
  public void forgetPerson(TenantId tenant, String personId, String erasedSubject) {
    calls.add("forget " + personId);
  }

  @Override
  public int deleteRelationshipContent(TenantId tenant, String relationshipId, Instant at) {
    calls.add("delete " + relationshipId);
    closed.remove(relationshipId);
    return 1;
  }

  @Override
  public List<String> closedBefore(SchemeRef scheme, Instant closedBefore) {
    return closed.entrySet().stream()
        .filter(e -> e.getValue()[0].equals(scheme))
        .filter(e -> ((Instant) e.getValue()[1]).isBefore(closedBefore))
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public List<Retention> retentions() {
    return retentions;
  }

  @Override
  public int deleteTenant(TenantId tenant) {
    calls.add("delete tenant " + tenant.value());
    return 0;
  }
}
