package org.mentorlink.domain.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mentorlink.domain.relationship.Theme;

/**
 * The figures of one released round for one role, each shown only when at least {@code k} answers
 * stand behind it (a figure with fewer is {@code null}: "fewer than k answers"; {@code shown}: the
 * round has k answers in all). Free text appears only where its writer allowed quoting, and only
 * when the round has k answers in all.
 */
public record RoundReport(
    String round,
    FeedbackRole role,
    int k,
    int answers,
    boolean shown,
    Scale expectations,
    Scale helpful,
    Share useAgain,
    Share recommend,
    Map<Theme, Integer> themes,
    List<String> quotes) {

  /** A 1–5 scale: how many chose each point (index 0 is 1), the mean to one decimal. */
  public record Scale(int answered, List<Integer> counts, String mean) {}

  /** A yes/no question: yes among those who answered it, and the percentage. */
  public record Share(int answered, int yes, int percent) {}

  /** The report of {@code sets} (one round, one role) with a minimum group of {@code k}. */
  public static RoundReport of(String round, FeedbackRole role, int k, List<Answers> sets) {
    boolean enough = sets.size() >= k;
    Map<Theme, Integer> themes = null;
    List<String> quotes = List.of();
    if (enough) {
      themes = new EnumMap<>(Theme.class);
      for (Theme t : Theme.values()) {
        int n = 0;
        for (Answers a : sets) {
          n += a.themes().contains(t) ? 1 : 0;
        }
        themes.put(t, n);
      }
      List<String> q = new ArrayList<>();
      for (Answers a : sets) {
        if (a.mayQuote()) {
          for (String text : new String[] {a.outcomes(), a.unexpected(), a.comments()}) {
            if (text != null) {
              q.add(text);
            }
          }
        }
      }
      // Sorted, so that the order tells nothing of the order the answers came in.
      q.sort(String::compareTo);
      quotes = List.copyOf(q);
    }
    return new RoundReport(
        round,
        role,
        k,
        sets.size(),
        enough,
        scale(k, sets.stream().map(Answers::expectations).toList()),
        scale(k, sets.stream().map(Answers::helpful).toList()),
        share(k, sets.stream().map(Answers::useAgain).toList()),
        share(k, sets.stream().map(Answers::recommend).toList()),
        themes,
        quotes);
  }

  private static Scale scale(int k, List<Integer> values) {
    List<Integer> given = values.stream().filter(v -> v != null).toList();
    if (given.size() < k) {
      return null;
    }
    List<Integer> counts = new ArrayList<>(List.of(0, 0, 0, 0, 0));
    int sum = 0;
    for (int v : given) {
      counts.set(v - 1, counts.get(v - 1) + 1);
      sum += v;
    }
    String mean =
        BigDecimal.valueOf(sum)
            .divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP)
            .toPlainString();
    return new Scale(given.size(), List.copyOf(counts), mean);
  }

  private static Share share(int k, List<Boolean> values) {
    List<Boolean> given = values.stream().filter(v -> v != null).toList();
    if (given.size() < k) {
      return null;
    }
    int yes = (int) given.stream().filter(Boolean::booleanValue).count();
    int percent =
        BigDecimal.valueOf(100L * yes)
            .divide(BigDecimal.valueOf(given.size()), 0, RoundingMode.HALF_UP)
            .intValue();
    return new Share(given.size(), yes, percent);
  }
}
