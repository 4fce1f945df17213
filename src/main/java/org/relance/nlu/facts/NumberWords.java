package org.relance.nlu.facts;

import java.util.List;

/**
 * Reads a number written in words, French or English: "mille deux cents", "quatre-vingt-dix",
 * "soixante et onze", "two thousand five hundred", "a hundred and fifty". French "quatre vingt"
 * is 80; "cent"/"hundred" multiply what precedes them, "mille"/"thousand"/"million" close a group.
 */
public final class NumberWords {

  /** A number read from {@code start} up to (excluding) {@code end}. */
  public record Reading(long value, int end) {}

  private NumberWords() {}

  /** The longest number in words starting at {@code start}, or null when none starts there. */
  public static Reading read(List<Token> tokens, int start) {
    long total = 0;
    long current = 0;
    int end = -1;
    boolean meaningful = false;
    for (int i = start; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.isWord()) {
        break;
      }
      String w = token.text();
      int small = Vocabulary.numberWord(w);
      boolean article = w.equals("a") || w.equals("an");
      if (article && !(i + 1 < tokens.size() && isMultiplier(tokens.get(i + 1).text()))) {
        break;
      }
      if (small >= 0) {
        current = w.startsWith("vingt") && current % 100 == 4 ? current + 76 : current + small;
        meaningful |= !article;
      } else if (w.equals("cent") || w.equals("cents") || w.equals("hundred") || w.equals("hundreds")) {
        current = (current == 0 ? 1 : current) * 100;
        meaningful = true;
      } else if (w.equals("mille") || w.equals("mil") || w.equals("thousand") || w.equals("thousands")) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
        meaningful = true;
      } else if (w.equals("million") || w.equals("millions")) {
        total += (current == 0 ? 1 : current) * 1_000_000;
        current = 0;
        meaningful = true;
      } else if ((w.equals("et") || w.equals("and")) && end == i
          && i + 1 < tokens.size() && Vocabulary.numberWord(tokens.get(i + 1).text()) > 0) {
        continue;
      } else {
        break;
      }
      end = i + 1;
    }
    return meaningful && end > start ? new Reading(total + current, end) : null;
  }

  static boolean isMultiplier(String word) {
    return switch (word) {
      case "cent", "cents", "hundred", "mille", "thousand", "million", "millions" -> true;
      default -> false;
    };
  }
}
