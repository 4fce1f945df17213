package org.relance.outreach;

import org.relance.business.Jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays of a jurisdiction in a year, computed (no table to keep up to date): France's
 * eleven, and the bank holidays of England and Wales with their substitute days. Easter by the
 * Gregorian computus (Meeus/Jones/Butcher). Pure.
 */
public final class PublicHolidays {

  private PublicHolidays() {}

  /** Whether {@code day} is a public holiday under {@code jurisdiction}. */
  public static boolean isHoliday(LocalDate day, Jurisdiction jurisdiction) {
    return of(jurisdiction, day.getYear()).contains(day);
  }

  /** Every public holiday of {@code year}, in order. */
  public static Set<LocalDate> of(Jurisdiction jurisdiction, int year) {
    return switch (jurisdiction) {
      case FR -> france(year);
      case UK -> englandAndWales(year);
    };
  }

  /** Easter Sunday of a Gregorian year. */
  public static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static Set<LocalDate> france(int year) {
    LocalDate easter = easter(year);
    return new TreeSet<>(Set.of(
        LocalDate.of(year, 1, 1), easter.plusDays(1), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 8),
        easter.plusDays(39), easter.plusDays(50), LocalDate.of(year, 7, 14), LocalDate.of(year, 8, 15),
        LocalDate.of(year, 11, 1), LocalDate.of(year, 11, 11), LocalDate.of(year, 12, 25)));
  }

  private static Set<LocalDate> englandAndWales(int year) {
    LocalDate easter = easter(year);
    TreeSet<LocalDate> days = new TreeSet<>();
    addOrSubstitute(days, LocalDate.of(year, 1, 1));
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    addOrSubstitute(days, LocalDate.of(year, 12, 25));
    addOrSubstitute(days, LocalDate.of(year, 12, 26));
    return days;
  }

  /** Adds the day, or when it falls on a weekend the next weekday that is not a holiday already. */
  private static void addOrSubstitute(Set<LocalDate> days, LocalDate day) {
    LocalDate observed = day;
    while (isWeekend(observed) || days.contains(observed)) {
      observed = observed.plusDays(1);
    }
    days.add(observed);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
