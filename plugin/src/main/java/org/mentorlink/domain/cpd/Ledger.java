package org.mentorlink.domain.cpd;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlink.domain.shared.CpdHours;

/**
 * Totals over one person's entries: credit per CPD year and per five-year cycle. An entry that has
 * been reversed counts for nothing; reversals themselves count for nothing.
 */
public final class Ledger {
  /** The number of CPD years in a revalidation cycle. */
  public static final int CYCLE_YEARS = 5;

  private Ledger() {}

  /** The ids of entries cancelled by a reversal among {@code entries}. */
  public static Set<String> reversed(Collection<CpdEntry> entries) {
    return entries.stream()
        .filter(CpdEntry::isReversal)
        .map(CpdEntry::reversesEntryId)
        .collect(Collectors.toSet());
  }

  /** Credit in {@code year}. */
  public static CpdHours credit(
      Collection<CpdEntry> entries, CpdYear year, boolean impactMultiplier) {
    Set<String> cancelled = reversed(entries);
    return entries.stream()
        .filter(e -> e.cpdYear().equals(year) && !cancelled.contains(e.id()))
        .map(e -> e.credit(impactMultiplier))
        .reduce(CpdHours.ZERO, CpdHours::plus);
  }

  /** Credit over the five CPD years ending with {@code lastYear}. */
  public static CpdHours cycleCredit(
      Collection<CpdEntry> entries, CpdYear lastYear, boolean impactMultiplier) {
    CpdHours total = CpdHours.ZERO;
    CpdYear y = lastYear;
    for (int i = 0; i < CYCLE_YEARS; i++) {
      total = total.plus(credit(entries, y, impactMultiplier));
      y = y.previous();
    }
    return total;
  }

  /** Hours recorded in {@code year} that are not (yet) credit and not reversed. */
  public static CpdHours pending(Collection<CpdEntry> entries, CpdYear year) {
    Set<String> cancelled = reversed(entries);
    return entries.stream()
        .filter(
            e ->
                e.cpdYear().equals(year)
                    && !e.isReversal()
                    && !cancelled.contains(e.id())
                    && e.state() != EntryState.APPROVED)
        .map(CpdEntry::hours)
        .reduce(CpdHours.ZERO, CpdHours::plus);
  }
}
