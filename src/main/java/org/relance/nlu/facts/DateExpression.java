package org.relance.nlu.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Function;

/**
 * A date as a message writes it, before it is pinned to a calendar day. {@link #resolve} pins it
 * against the reference date R (the day the message was received), forwards for a promise or
 * backwards when the clause reports a payment already made (NLU-CONTRACT.md, "Date resolution").
 *
 * <p>A vague span ("fin du mois", "mi-décembre", "next week", "this weekend") resolves to one day
 * inside it: always its <b>last</b> day, the latest the debtor's words still allow, which is when a
 * reminder becomes due.
 */
public sealed interface DateExpression {

  /**
   * Whether a past tense turns the expression backwards ("vendredi"), or its words fix the way
   * ("demain", "vendredi prochain").
   */
  enum Tense { EITHER, FUTURE, PAST }

  LocalDate resolve(LocalDate r, boolean backward);

  /** Whether the words themselves put the date after R ("demain", "vendredi prochain", "dans 8 jours"). */
  default boolean ahead() {
    return false;
  }

  /** "aujourd'hui" (0), "demain" (+1), "après-demain" (+2), "hier" (−1), "avant-hier" (−2). */
  record DaysFromNow(int days) implements DateExpression {
    @Override
    public boolean ahead() {
      return days > 0;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      return r.plusDays(days);
    }
  }

  /**
   * "dans 8 jours", "in two weeks", "d'ici un mois" (positive), "il y a 3 jours", "2 weeks ago"
   * (negative).
   */
  record PeriodFromNow(int amount, ChronoUnit unit) implements DateExpression {
    @Override
    public boolean ahead() {
      return amount > 0;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      return r.plus(amount, unit);
    }
  }

  /** "vendredi" (first after R, or last before R backwards), "next friday", "vendredi dernier". */
  record Weekday(DayOfWeek day, Tense tense) implements DateExpression {
    @Override
    public boolean ahead() {
      return tense == Tense.FUTURE;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      boolean past = tense == Tense.PAST || (tense == Tense.EITHER && backward);
      return r.with(past ? TemporalAdjusters.previous(day) : TemporalAdjusters.next(day));
    }
  }

  /** "mardi de la semaine prochaine" (+1), "friday last week" (−1): that day in the Monday–Sunday week. */
  record WeekdayOfWeek(DayOfWeek day, int weeksFromNow) implements DateExpression {
    @Override
    public boolean ahead() {
      return weeksFromNow > 0;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      return r.with(DayOfWeek.MONDAY).plusWeeks(weeksFromNow).with(day);
    }
  }

  /** "vendredi en huit" (7), "en quinze" (14): the first such day after R plus those days. */
  record WeekdayAfter(DayOfWeek day, int days) implements DateExpression {
    @Override
    public boolean ahead() {
      return true;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      return r.plusDays(days).with(TemporalAdjusters.next(day));
    }
  }

  /**
   * "le 15", "the 15th": the next 15th on or after R, or the last on or before R backwards; "le 5
   * du mois prochain".
   */
  record DayOfMonth(int day, int monthsAhead) implements DateExpression {
    @Override
    public boolean ahead() {
      return monthsAhead > 0;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      if (monthsAhead != 0) {
        return clamp(YearMonth.from(r).plusMonths(monthsAhead), day);
      }
      int step = backward ? -1 : 1;
      YearMonth month = YearMonth.from(r);
      for (int i = 0; i < 13; i++, month = month.plusMonths(step)) {
        if (day <= month.lengthOfMonth()) {
          LocalDate candidate = month.atDay(day);
          if (backward ? !candidate.isAfter(r) : !candidate.isBefore(r)) {
            return candidate;
          }
        }
      }
      return clamp(YearMonth.from(r), day);
    }
  }

  /**
   * "15/12", "15 décembre", "December 15th" (year optional): R's year or the next once passed; the
   * latest past one backwards.
   */
  record DayAndMonth(int day, Month month, int year) implements DateExpression {
    public LocalDate resolve(LocalDate r, boolean backward) {
      return monthRule(r, backward, month, year, m -> clamp(m, day));
    }
  }

  /**
   * "le 12 de ce mois" (0), "the 12th of next month" (1): that day in the month {@code monthsFromNow}
   * of R's, whether or not it has passed.
   */
  record DayOfMonthFromNow(int day, int monthsFromNow) implements DateExpression {
    @Override
    public boolean ahead() {
      return monthsFromNow > 0;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      return clamp(YearMonth.from(r).plusMonths(monthsFromNow), day);
    }
  }

  /**
   * "le premier lundi de janvier", "the third Thursday of May 2027", "the last Friday of next
   * month": the {@code nth} such weekday (−1: the last) of a named month (the month rule unless a
   * year is written), or of the month {@code monthsFromNow} of R's when {@code month} is null.
   */
  record WeekdayOfMonth(DayOfWeek day, int nth, Month month, int year, int monthsFromNow)
      implements DateExpression {
    @Override
    public boolean ahead() {
      return month == null && monthsFromNow > 0;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      if (month == null) {
        return inMonth(YearMonth.from(r).plusMonths(monthsFromNow));
      }
      return monthRule(r, backward, month, year, this::inMonth);
    }

    private LocalDate inMonth(YearMonth m) {
      return nth < 0 ? m.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
          : m.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
    }
  }

  /** "le lendemain du 9 mars", "the day after the 9th": the date named, shifted by some days. */
  record Shifted(DateExpression base, int days) implements DateExpression {
    @Override
    public boolean ahead() {
      return base.ahead();
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      return base.resolve(r, backward).plusDays(days);
    }
  }

  /** The parts of a month a message can name. */
  enum MonthPart {
    /** "début décembre", "early December": the 1st to the 10th. */
    BEGINNING(10),
    /** "mi-décembre", "mid-December": the 11th to the 20th. */
    MIDDLE(20),
    /**
     * "fin décembre", "fin du mois", "end of the month": the 21st (25th for "fin du mois") to the
     * last day.
     */
    END(31),
    /** "le mois prochain", "next month": the whole month. */
    WHOLE(31);

    final int lastDay;

    MonthPart(int lastDay) {
      this.lastDay = lastDay;
    }
  }

  /**
   * A part of a named month ("fin décembre": R's year, or the next if that month has passed, the
   * latest past one backwards) or of the month {@code monthsAhead} of R ("fin du mois" 0, "début
   * du mois prochain" 1; a beginning or middle of the current month already over means the next
   * month's). A year written ("fin janvier 2028") is honoured. Resolves to the last day of the part.
   */
  record PartOfMonth(Month month, int monthsAhead, MonthPart part, int year) implements DateExpression {
    /** A part of a month whose year is not written. */
    PartOfMonth(Month month, int monthsAhead, MonthPart part) {
      this(month, monthsAhead, part, -1);
    }

    @Override
    public boolean ahead() {
      return month == null && monthsAhead > 0;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      YearMonth target;
      if (month != null && year > 0) {
        target = YearMonth.of(year, month);
      } else if (month != null) {
        target = YearMonth.of(r.getYear(), month);
        if (!backward && month.getValue() < r.getMonthValue()) {
          target = target.plusYears(1);
        } else if (backward && month.getValue() > r.getMonthValue()) {
          target = target.minusYears(1);
        }
      } else {
        target = YearMonth.from(r).plusMonths(monthsAhead);
        if (monthsAhead == 0 && !backward && r.getDayOfMonth() > part.lastDay) {
          target = target.plusMonths(1);
        }
      }
      return clamp(target, part.lastDay);
    }
  }

  /**
   * A Monday–Sunday week, {@code weeksFromNow} from R's ("cette semaine" 0, "la semaine prochaine"
   * 1, "la semaine dernière" −1), or its end ("ce week-end", "en fin de semaine": the coming
   * Friday–Sunday). Resolves to its Sunday.
   */
  record Week(int weeksFromNow) implements DateExpression {
    @Override
    public boolean ahead() {
      return weeksFromNow > 0;
    }

    public LocalDate resolve(LocalDate r, boolean backward) {
      return r.with(DayOfWeek.SUNDAY).plusWeeks(weeksFromNow);
    }
  }

  /** "fin d'année", "end of the year": December 31st of R's year. */
  record YearEnd() implements DateExpression {
    public LocalDate resolve(LocalDate r, boolean backward) {
      return LocalDate.of(r.getYear(), 12, 31);
    }
  }

  /**
   * The month rule: a day of {@code month} in the year written, else in R's year or the next once
   * it has passed (the latest past one backwards).
   */
  private static LocalDate monthRule(LocalDate r, boolean backward, Month month, int year,
      Function<YearMonth, LocalDate> day) {
    if (year > 0) {
      return day.apply(YearMonth.of(year, month));
    }
    LocalDate candidate = day.apply(YearMonth.of(r.getYear(), month));
    if (backward && candidate.isAfter(r)) {
      return day.apply(YearMonth.of(r.getYear() - 1, month));
    }
    if (!backward && candidate.isBefore(r)) {
      return day.apply(YearMonth.of(r.getYear() + 1, month));
    }
    return candidate;
  }

  private static LocalDate clamp(YearMonth month, int day) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }
}
