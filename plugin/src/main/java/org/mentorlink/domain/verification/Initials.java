package org.mentorlink.domain.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The initials a verification shows instead of a name: the first letters of the first and the last
 * name, without titles ("Dr Ada King Lovelace" → "A. L."). Enough to match a document to the person
 * presenting it; not enough to find them.
 */
public final class Initials {
  /** Shown when the platform sent no name. */
  public static final String NONE = "–";

  private static final Set<String> TITLES =
      Set.of(
          "dr",
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "prof",
          "professor",
          "sir",
          "dame",
          "rev",
          "revd",
          "lord",
          "lady");

  private Initials() {}

  /** "A. L." for "Ada Lovelace"; {@link #NONE} for no name. */
  public static String of(String name) {
    if (name == null || name.isBlank()) {
      return NONE;
    }
    List<String> words = new ArrayList<>();
    for (String w : name.strip().split("[\\s,]+")) {
      String bare = w.replace(".", "");
      if (!bare.isEmpty() && Character.isLetter(bare.codePointAt(0))) {
        words.add(bare);
      }
    }
    while (words.size() > 1 && TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return NONE;
    }
    String first = initial(words.get(0));
    return words.size() == 1 ? first : first + " " + initial(words.get(words.size() - 1));
  }

  private static String initial(String word) {
    return new String(Character.toChars(Character.toUpperCase(word.codePointAt(0)))) + ".";
  }
}
