package org.relance.nlu.facts;

import java.time.DayOfWeek;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Decides where an abbreviation that is also an ordinary word names a weekday: "mon", "mar", "mer",
 * "jeu", "sam", "dim", "sat", "sun" are a weekday only where a date can stand — before a day number
 * ("sam 5", "mar. 1er"), before "prochain"/"next"/"matin", after "on"/"next"/"this"/"by"/"until", or
 * with their full stop after "le"/"ce" or a verb ("le mar.", "paiement jeu."), or alone in the reply. "la mer", "I sat
 * down", "Sam de la compta", "mon comptable" stay words; "mar" elsewhere stays March.
 */
final class WeekdayAbbreviations {

  /** Words before which an abbreviation is a weekday: "sam prochain", "sat morning". */
  private static final Set<String> BEFORE = Set.of("prochain", "prochaine", "pro", "next", "matin",
      "soir", "aprem", "morning", "afternoon", "evening", "midi", "am", "pm");

  /** English words after which an abbreviation is a weekday: "on sat", "next sun", "by wed". */
  private static final Set<String> AFTER = Set.of("on", "next", "this", "by", "until", "till", "til",
      "coming", "before", "latest");

  /** Words after which an abbreviation is no weekday even with its full stop: "la mer.", "the sun.". */
  private static final Set<String> ARTICLES = Set.of("la", "les", "un", "une", "des", "the", "a", "my",
      "mon", "ma", "ton", "ta", "son", "sa", "votre", "notre", "your", "our", "his", "her", "i", "we",
      "he", "she", "they", "you", "it", "is", "are", "was");

  /** French ordinal endings: "mar. 1er". */
  private static final Set<String> FRENCH_ENDINGS = Set.of("er", "ere", "eme", "ieme", "e");

  /** English words before a month: "in Mar.", "mid Mar.". */
  private static final Set<String> ENGLISH_BEFORE_A_MONTH = Set.of("in", "of", "early", "mid", "late", "end");

  private WeekdayAbbreviations() {}

  /**
   * Gives each ambiguous abbreviation of {@code tokens} its weekday where a date can stand;
   * {@code dotted} marks the words a full stop followed (dropped by the tokenizer).
   */
  static void resolve(List<Token> tokens, BitSet dotted) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      DayOfWeek day = token.isWord() ? Vocabulary.ambiguousWeekday(token.text()) : null;
      if (day != null && standsForADate(tokens, i, dotted.get(i))) {
        boolean march = token.is("mar") && !frenchContext(tokens, i, dotted.get(i));
        if (!march) {
          tokens.set(i, new Token(token.kind(), token.text(), token.raw(), token.clause(), token.spaced(),
              day, null));
        }
      }
    }
  }

  private static boolean standsForADate(List<Token> tokens, int i, boolean dot) {
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (i > 0 && tokens.get(i - 1).isNumber()) {
      return false; // "le 3 mar.": the month after its day
    }
    String before = i > 0 && tokens.get(i - 1).isWord() ? tokens.get(i - 1).text() : "";
    if (next != null && next.isNumber() && next.intValue() >= 1 && next.intValue() <= 31) {
      return !ARTICLES.contains(before);
    }
    if (next != null && BEFORE.contains(next.text())) {
      return !ARTICLES.contains(before);
    }
    if (AFTER.contains(before) || tokens.stream().filter(Token::isWord).count() == 1) {
      return true; // "on sat", or a reply of that word alone
    }
    return dot && !ARTICLES.contains(before);
  }

  /**
   * Whether "mar" is French "mardi" rather than English "Mar": after "le"/"ce", before "prochain",
   * or before a day number followed by a month ("mar. 17 déc.").
   */
  private static boolean frenchContext(List<Token> tokens, int i, boolean dot) {
    String before = i > 0 ? tokens.get(i - 1).text() : "";
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (before.equals("le") || before.equals("ce") || before.equals("avant") || before.equals("jusqu")) {
      return true;
    }
    if (next != null && (next.is("prochain") || next.is("pro") || next.is("matin") || next.is("soir"))) {
      return true;
    }
    if (next != null && next.isNumber()) {
      if (i + 2 < tokens.size() && FRENCH_ENDINGS.contains(tokens.get(i + 2).text())) {
        return true;
      }
      int after = i + 2 < tokens.size() && TokenPattern.ORDINAL_ENDINGS.contains(tokens.get(i + 2).text())
          ? i + 3 : i + 2;
      return after < tokens.size() && tokens.get(after).month() != null;
    }
    return dot && !ENGLISH_BEFORE_A_MONTH.contains(before);
  }
}
