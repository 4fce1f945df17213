package org.relance.nlu.facts;

import java.time.Month;
import java.util.HashSet;
import java.util.Set;
import org.relance.nlu.facts.TokenPattern.Capture;
import org.relance.nlu.facts.TokenPattern.Starts;

/**
 * The parts of a date that the {@link DateGrammar} composes beyond {@link TokenPattern}'s basic ones:
 * a day in ordinal words ("premier", "twenty-first"), the position of a weekday in its month
 * ("premier", "third", "dernier"), a year after the day and month ("2028", ", 2028", "28") and the
 * ISO form "2028-01-15".
 */
final class DatePatterns {

  private static final Set<String> LAST = Set.of("dernier", "derniere", "last");

  /** What never follows a day of the month: units, currencies, "1er versement". */
  static final Set<String> NOT_AFTER_A_DAY = new HashSet<>();

  static {
    NOT_AFTER_A_DAY.addAll(Vocabulary.DAY_UNITS);
    NOT_AFTER_A_DAY.addAll(Vocabulary.WEEK_UNITS);
    NOT_AFTER_A_DAY.addAll(Vocabulary.MONTH_UNITS);
    NOT_AFTER_A_DAY.addAll(Vocabulary.OTHER_UNITS);
    NOT_AFTER_A_DAY.addAll(Vocabulary.CURRENCY_AFTER);
    NOT_AFTER_A_DAY.addAll(Set.of("versement", "paiement", "payment", "installment", "instalment",
        "cheque", "echeance", "time", "relance", "reminder", "rappel", "courrier", "lettre", "letter",
        "partie", "part", "moitie", "half", "tranche", "virement", "prelevement", "acompte",
        "trimestre", "semestre", "message", "mail", "email", "sms", "k", "/", ":", "-", "+", "rue",
        "avenue", "av", "bd", "boulevard", "chemin", "allee", "place", "route", "impasse", "street",
        "road", "etage", "floor", "bis", "pm", "am", "oclock"));
  }

  /** What may stand before a day: "le", "the", "on"... */
  static final TokenPattern DAY_PREFIX = TokenPattern.opt(TokenPattern.word("le", "the", "on", "du", "au", "ce", "by"));

  /** A delay's opening: "dans", "sous", "in", "within", "d'ici". */
  static final TokenPattern IN = TokenPattern.longest(TokenPattern.word("dans", "sous", "in", "within", "ds", "under"),
      TokenPattern.phrase("d ici"), TokenPattern.phrase("en moins de"), TokenPattern.phrase("au plus tard dans"));

  private static final TokenPattern DAY = TokenPattern.day();
  private static final TokenPattern YEAR4 = TokenPattern.year4();
  private static final TokenPattern TWO_DIGIT_YEAR = TokenPattern.year();
  private static final TokenPattern ORDINAL_WORD = ordinalWordPattern();
  private static final TokenPattern ANY_ORDINAL_DAY = anyOrdinalDayPattern();

  private DatePatterns() {}

  /** A day 1–31 in ordinal words: "premier", "deuxième", "second", "vingt et unième", "twenty-first". */
  static TokenPattern ordinalWord() {
    return ORDINAL_WORD;
  }

  private static TokenPattern ordinalWordPattern() {
    return TokenPattern.known(Starts.words(Vocabulary.ordinalStarts()), (t, at, c) -> {
      if (at >= t.size() || !t.get(at).isWord()) {
        return -1;
      }
      int tens = Vocabulary.ordinalTens(t.get(at).text());
      if (tens > 0) {
        int unit = at + 1;
        if (unit < t.size() && (t.get(unit).is("et") || t.get(unit).is("and"))) {
          unit++;
        }
        int value = unit < t.size() && t.get(unit).isWord() ? Vocabulary.ordinalWord(t.get(unit).text()) : -1;
        if (value > 0 && value < 10 && tens + value <= 31) {
          c.day = tens + value;
          return unit + 1;
        }
        return -1;
      }
      int value = Vocabulary.ordinalWord(t.get(at).text());
      if (value < 1 || t.get(at).is("unieme")) {
        return -1;
      }
      c.day = value;
      return at + 1;
    });
  }

  /** A day number with or without an ordinal ending, "e" included ("le 2e jour"), or in words. */
  static TokenPattern anyOrdinalDay() {
    return ANY_ORDINAL_DAY;
  }

  private static TokenPattern anyOrdinalDayPattern() {
    TokenPattern figures = TokenPattern.known(Starts.NUMBERS, (t, at, c) -> {
      int end = DAY.match(t, at, c);
      return end > 0 && end < t.size() && t.get(end).is("e") && !t.get(end).spaced() ? end + 1 : end;
    });
    return TokenPattern.longest(figures, ORDINAL_WORD, cardinalWord());
  }

  /** A day 2–31 in cardinal words, as in "le cinq février", "le vingt mars". */
  private static TokenPattern cardinalWord() {
    return TokenPattern.known(Starts.words(Vocabulary.numberWords()), (t, at, c) -> {
      int value = at < t.size() && t.get(at).isWord() ? Vocabulary.numberWord(t.get(at).text()) : -1;
      if (value < 2 || value > 31) {
        return -1;
      }
      c.day = value;
      return at + 1;
    });
  }

  /** Which of a month's weekdays, in {@code Capture.nth}: "premier", "2e", "third", "dernier", "last". */
  static TokenPattern weekdayPosition() {
    Set<String> words = new HashSet<>(Vocabulary.ordinalStarts());
    words.addAll(LAST);
    return TokenPattern.known(new Starts(Set.copyOf(words), true, false, false, false, false), (t, at, c) -> {
      if (at >= t.size()) {
        return -1;
      }
      String w = t.get(at).text();
      if (LAST.contains(w)) {
        c.nth = -1;
        return at + 1;
      }
      Capture day = new Capture();
      int end = ANY_ORDINAL_DAY.match(t, at, day);
      if (end < 0 || day.day < 1 || day.day > 5) {
        return -1;
      }
      c.nth = day.day;
      return end;
    });
  }

  /** An optional year after a day and month: see {@link #writtenYear}. */
  static TokenPattern year(Set<String> notAfterADay) {
    return TokenPattern.opt(writtenYear(notAfterADay));
  }

  /**
   * A year after a day and month: "2028", ", 2028", or two digits from 24 to 39 ("15th Jan 28")
   * that are no amount ("le 5 jan 50", "30 %") nor the start of another number.
   */
  static TokenPattern writtenYear(Set<String> notAfterADay) {
    return TokenPattern.known(Starts.NUMBERS, (t, at, c) -> {
      int start = at < t.size() && t.get(at).is(",") ? at + 1 : at;
      Capture year = new Capture();
      int end = YEAR4.match(t, start, year);
      boolean twoDigits = false;
      if (end < 0 && start == at && at < t.size() && t.get(at).text().length() == 2
          && t.get(at).intValue() >= 24 && t.get(at).intValue() <= 39) {
        end = TWO_DIGIT_YEAR.match(t, at, year);
        twoDigits = true;
      }
      if (end < 0 || (end < t.size() && (notAfterADay.contains(t.get(end).text())
          || t.get(end).kind() == Token.Kind.SYMBOL || twoDigits && t.get(end).isNumber()))) {
        return -1;
      }
      c.year = year.year;
      return end;
    });
  }

  /** An ISO date: "2028-01-15" (also with '/'). */
  static TokenPattern isoDate() {
    return TokenPattern.known(Starts.NUMBERS, (t, at, c) -> {
      if (at + 4 >= t.size() || t.get(at).text().length() != 4 || YEAR4.match(t, at, c) < 0) {
        return -1;
      }
      String separator = t.get(at + 1).text();
      if (!(separator.equals("-") || separator.equals("/")) || !t.get(at + 3).is(separator)) {
        return -1;
      }
      int month = t.get(at + 2).intValue();
      int day = t.get(at + 4).intValue();
      if (month < 1 || month > 12 || day < 1 || day > 31 || t.get(at + 2).text().length() > 2) {
        c.year = -1;
        return -1;
      }
      c.month = Month.of(month);
      c.day = day;
      return at + 5;
    });
  }
}
