package org.relance.nlu.facts;

import java.time.DayOfWeek;
import java.time.Month;

/**
 * One token of a message: a word (lower case, accents removed, in {@code text}; as written, lower
 * case, in {@code raw}), a run of digits with its inner separators ("1.200,50"), a symbol
 * ("€", "%", "/") or a clause boundary (". , ; ! ? newline").
 *
 * @param clause index of the clause the token belongs to (boundaries and some conjunctions start
 *     a new one)
 * @param spaced whether white space separates the token from the previous one
 * @param weekday the weekday the word names (typos included), else null
 * @param month the month the word names (abbreviations and typos included), else null
 */
public record Token(Kind kind, String text, String raw, int clause, boolean spaced,
    DayOfWeek weekday, Month month) {

  /** A token that names no weekday nor month (numbers, symbols, boundaries). */
  public static Token of(Kind kind, String text, int clause, boolean spaced) {
    return new Token(kind, text, text, clause, spaced, null, null);
  }

  /** A word (a key word's misspelling corrected), with the weekday or month it may name. */
  public static Token word(String text, String raw, int clause, boolean spaced) {
    String word = Vocabulary.corrected(text);
    return new Token(Kind.WORD, word, raw, clause, spaced, Vocabulary.weekday(word), Vocabulary.month(word));
  }

  /** What a token is made of. */
  public enum Kind { WORD, NUMBER, SYMBOL, BOUNDARY }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  public boolean is(String word) {
    return text.equals(word);
  }

  /** The value of a plain run of digits (no separator, at most 9 digits), else -1. */
  public int intValue() {
    if (kind != Kind.NUMBER || text.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
