package org.relance.nlu.facts;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/**
 * The notation the date grammar is written in: a pattern matches tokens from a position and
 * returns the position after them (or -1), filling a {@link Capture} with the weekday, month,
 * day, year, count and unit it read. Optional parts are greedy, without backtracking.
 */
@FunctionalInterface
public interface TokenPattern {

  /** Ordinal endings after a day number: "15th", "1st", "1er", "2eme". */
  Set<String> ORDINAL_ENDINGS = Set.of("th", "st", "nd", "rd", "er", "ere", "eme", "ieme");

  int match(List<Token> tokens, int at, Capture capture);

  /**
   * The tokens a match can start on, so that a rule is only tried where it may match: words, or
   * any number, weekday or month; {@code empty} when the pattern may match no token at all (then
   * what follows it may start the match too).
   */
  record Starts(Set<String> words, boolean numbers, boolean weekdays, boolean months, boolean anything,
      boolean empty) {
    static final Starts ANYTHING = new Starts(Set.of(), true, true, true, true, false);
    static final Starts NOTHING = new Starts(Set.of(), false, false, false, false, true);
    static final Starts NUMBERS = new Starts(Set.of(), true, false, false, false, false);

    static Starts words(Set<String> words) {
      return new Starts(words, false, false, false, false, false);
    }

    Starts or(Starts other, boolean empty) {
      Set<String> union = new HashSet<>(words);
      union.addAll(other.words);
      return new Starts(Set.copyOf(union), numbers || other.numbers, weekdays || other.weekdays,
          months || other.months, anything || other.anything, empty);
    }

    Starts maybeEmpty() {
      return new Starts(words, numbers, weekdays, months, anything, true);
    }

    boolean canStart(Token token) {
      return anything || (numbers && token.isNumber()) || (weekdays && token.weekday() != null)
          || (months && token.month() != null) || words.contains(token.text());
    }
  }

  /** Where a match of this pattern can start; anywhere unless the pattern knows better. */
  default Starts starts() {
    return Starts.ANYTHING;
  }

  /** A pattern that knows where its matches start. */
  record Known(TokenPattern body, Starts starts) implements TokenPattern {
    @Override
    public int match(List<Token> tokens, int at, Capture capture) {
      return body.match(tokens, at, capture);
    }
  }

  static TokenPattern known(Starts starts, TokenPattern body) {
    return new Known(body, starts);
  }

  /** What a match read. */
  final class Capture {
    DayOfWeek weekday;
    Month month;
    int day = -1;
    int year = -1;
    int count = -1;
    /** Which of a month's weekdays: 1 to 4, or −1 for the last. */
    int nth;
    ChronoUnit unit;
  }

  /** One word among {@code words}. */
  static TokenPattern word(String... words) {
    Set<String> set = Set.of(words);
    return known(Starts.words(set),
        (t, at, c) -> at < t.size() && t.get(at).isWord() && set.contains(t.get(at).text()) ? at + 1 : -1);
  }

  /** Words in a row, written as one space-separated string: {@code phrase("fin du mois")}. */
  static TokenPattern phrase(String words) {
    return seq(Arrays.stream(words.split(" ")).map(TokenPattern::word).toArray(TokenPattern[]::new));
  }

  /** The longest of several phrases. */
  static TokenPattern phrases(String... alternatives) {
    return longest(Arrays.stream(alternatives).map(TokenPattern::phrase).toArray(TokenPattern[]::new));
  }

  static TokenPattern seq(TokenPattern... parts) {
    Starts starts = Starts.NOTHING;
    for (TokenPattern part : parts) {
      starts = starts.or(part.starts(), part.starts().empty());
      if (!part.starts().empty()) {
        break;
      }
    }
    return known(starts, (t, at, c) -> {
      int position = at;
      for (TokenPattern part : parts) {
        position = part.match(t, position, c);
        if (position < 0) {
          return -1;
        }
      }
      return position;
    });
  }

  static TokenPattern opt(TokenPattern part) {
    return known(part.starts().maybeEmpty(), (t, at, c) -> {
      int end = part.match(t, at, c);
      return end < 0 ? at : end;
    });
  }

  static TokenPattern longest(TokenPattern... alternatives) {
    Starts starts = Starts.NOTHING.or(Starts.NOTHING, false);
    for (TokenPattern alternative : alternatives) {
      starts = starts.or(alternative.starts(), starts.empty() || alternative.starts().empty());
    }
    return known(starts, (t, at, c) -> {
      int best = -1;
      TokenPattern winner = null;
      for (TokenPattern alternative : alternatives) {
        int end = alternative.match(t, at, c);
        if (end > best) {
          best = end;
          winner = alternative;
        }
      }
      return winner == null ? -1 : winner.match(t, at, c); // again, so its captures are the ones kept
    });
  }

  /** Succeeds without consuming when the next token is not one of {@code words} (nor a symbol among them). */
  static TokenPattern notBefore(Set<String> words) {
    return known(Starts.NOTHING, (t, at, c) -> at < t.size() && t.get(at).kind() != Token.Kind.BOUNDARY
        && words.contains(t.get(at).text()) ? -1 : at);
  }

  /** A word naming a weekday (typos included). */
  static TokenPattern weekday() {
    return known(new Starts(Set.of(), false, true, false, false, false), (t, at, c) -> {
      DayOfWeek day = at < t.size() ? t.get(at).weekday() : null;
      c.weekday = day != null ? day : c.weekday;
      return day == null ? -1 : at + 1;
    });
  }

  /** A word naming a month (abbreviations and typos included). */
  static TokenPattern month() {
    return known(new Starts(Set.of(), false, false, true, false, false), (t, at, c) -> {
      Month month = at < t.size() ? t.get(at).month() : null;
      c.month = month != null ? month : c.month;
      return month == null ? -1 : at + 1;
    });
  }

  /** A day number 1–31, with or without an ordinal ending. */
  static TokenPattern day() {
    return known(Starts.NUMBERS, (t, at, c) -> {
      int value = at < t.size() ? t.get(at).intValue() : -1;
      if (value < 1 || value > 31 || t.get(at).text().length() > 2) {
        return -1;
      }
      c.day = value;
      boolean ordinal = at + 1 < t.size() && !t.get(at + 1).spaced()
          && ORDINAL_ENDINGS.contains(t.get(at + 1).text());
      return ordinal ? at + 2 : at + 1;
    });
  }

  /** A day number carrying an ordinal ending: "15th", "1er". */
  static TokenPattern ordinalDay() {
    return known(Starts.NUMBERS, (t, at, c) -> {
      int end = day().match(t, at, c);
      return end == at + 2 ? end : -1;
    });
  }

  /** A year: 2000–2099, or two digits. */
  static TokenPattern year() {
    return known(Starts.NUMBERS, (t, at, c) -> {
      int value = at < t.size() ? t.get(at).intValue() : -1;
      int length = value < 0 ? 0 : t.get(at).text().length();
      if (length == 4 && value >= 2000 && value < 2100) {
        c.year = value;
      } else if (length == 2) {
        c.year = 2000 + value;
      } else {
        return -1;
      }
      return at + 1;
    });
  }

  /** A four-digit year, 2000–2099. */
  static TokenPattern year4() {
    return known(Starts.NUMBERS, (t, at, c) -> {
      int value = at < t.size() ? t.get(at).intValue() : -1;
      if (value < 2000 || value >= 2100) {
        return -1;
      }
      c.year = value;
      return at + 1;
    });
  }

  /** A count 1–99 in digits or words. */
  static TokenPattern count() {
    return known(new Starts(Vocabulary.numberWords(), true, false, false, false, false), (t, at, c) -> {
      int value = at < t.size() ? Vocabulary.count(t.get(at)) : -1;
      if (value < 1 || value > 99) {
        return -1;
      }
      c.count = value;
      return at + 1;
    });
  }

  /** A unit of duration: days, weeks or months. */
  static TokenPattern unit() {
    return known(Starts.words(Vocabulary.durationUnits()), (t, at, c) -> {
      if (at >= t.size() || !t.get(at).isWord()) {
        return -1;
      }
      String w = t.get(at).text();
      ChronoUnit unit = Vocabulary.DAY_UNITS.contains(w) ? ChronoUnit.DAYS
          : Vocabulary.WEEK_UNITS.contains(w) ? ChronoUnit.WEEKS
          : Vocabulary.MONTH_UNITS.contains(w) ? ChronoUnit.MONTHS : null;
      if (unit == null) {
        return -1;
      }
      c.unit = unit;
      return at + 1;
    });
  }

  /** A day/month number pair written as "15.12" or "15.01.28" (one token, two digits for the month). */
  static TokenPattern dottedDate() {
    return known(Starts.NUMBERS, (t, at, c) -> {
      if (at >= t.size() || !t.get(at).isNumber()) {
        return -1;
      }
      String text = t.get(at).text();
      int dot = text.indexOf('.');
      int second = dot < 0 ? -1 : text.indexOf('.', dot + 1);
      int monthEnd = second < 0 ? text.length() : second;
      boolean dayDotMonth = dot > 0 && text.indexOf(',') < 0 && monthEnd - dot - 1 == 2
          && (second < 0 || text.indexOf('.', second + 1) < 0); // "15.12", "5.01"; "1.5", "12.50" are no dates
      if (!dayDotMonth || !dayMonth(c, text.substring(0, dot), text.substring(dot + 1, monthEnd))) {
        return -1;
      }
      if (second > 0) { // "15.01.28", "15.01.2028"
        String year = text.substring(second + 1);
        if (year.length() != 2 && !(year.length() == 4 && year.startsWith("20"))) {
          return -1;
        }
        c.year = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
      }
      return at + 1;
    });
  }

  /** A day/month number pair written with '/' or '-' ("15/12", "15-12-2026"), with an optional year. */
  static TokenPattern numericDate() {
    return known(Starts.NUMBERS, (t, at, c) -> {
      if (at >= t.size() || !t.get(at).isNumber()) {
        return -1;
      }
      String text = t.get(at).text();
      if (at + 2 >= t.size() || !(t.get(at + 1).is("/") || t.get(at + 1).is("-"))
          || !t.get(at + 2).isNumber() || !dayMonth(c, text, t.get(at + 2).text())) {
        return -1;
      }
      int end = at + 3;
      if (end + 1 < t.size() && t.get(end).is(t.get(at + 1).text())) {
        int afterYear = year().match(t, end + 1, c);
        end = afterYear < 0 ? end : afterYear;
      }
      return end;
    });
  }

  private static boolean dayMonth(Capture c, String first, String second) {
    if (first.length() > 2 || second.length() > 2 || first.isEmpty() || second.isEmpty()) {
      return false;
    }
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(second);
    if (a >= 1 && a <= 31 && b >= 1 && b <= 12) {
      c.day = a;
      c.month = Month.of(b);
      return true;
    }
    if (a >= 1 && a <= 12 && b >= 13 && b <= 31) { // month first, as in the US
      c.day = b;
      c.month = Month.of(a);
      return true;
    }
    return false;
  }
}
