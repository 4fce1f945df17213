package org.relance.outreach;

import org.junit.jupiter.api.Test;
import org.relance.business.Jurisdiction;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The holidays of France and of England and Wales, 2026–2027, against the official calendars. */
class PublicHolidaysTest {

  @Test
  void easterByTheComputus() {
    assertEquals(LocalDate.of(2026, 4, 5), PublicHolidays.easter(2026));
    assertEquals(LocalDate.of(2027, 3, 28), PublicHolidays.easter(2027));
    assertEquals(LocalDate.of(2038, 4, 25), PublicHolidays.easter(2038));
    assertEquals(LocalDate.of(2285, 3, 22), PublicHolidays.easter(2285));
  }

  @Test
  void france2026And2027() {
    assertEquals(days("2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
        "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"),
        List.copyOf(PublicHolidays.of(Jurisdiction.FR, 2026)));
    assertEquals(days("2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17",
        "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"),
        List.copyOf(PublicHolidays.of(Jurisdiction.FR, 2027)));
  }

  @Test
  void englandAndWales2026And2027WithSubstituteDays() {
    // 2026: Boxing Day is a Saturday, its substitute Monday 28 December
    assertEquals(days("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
        "2026-12-25", "2026-12-28"), List.copyOf(PublicHolidays.of(Jurisdiction.UK, 2026)));
    // 2027: Christmas on a Saturday and Boxing Day on a Sunday: Monday 27 and Tuesday 28 instead
    assertEquals(days("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
        "2027-12-27", "2027-12-28"), List.copyOf(PublicHolidays.of(Jurisdiction.UK, 2027)));
  }

  @Test
  void ukNewYearOnAWeekendAndChristmasOnASunday() {
    // 2022: 1 January a Saturday (Monday 3rd), Christmas a Sunday (Boxing Day Monday 26, Christmas Tuesday 27)
    List<LocalDate> y2022 = List.copyOf(PublicHolidays.of(Jurisdiction.UK, 2022));
    assertEquals(LocalDate.of(2022, 1, 3), y2022.get(0));
    assertEquals(days("2022-12-26", "2022-12-27"), y2022.subList(y2022.size() - 2, y2022.size()));
  }

  private static List<LocalDate> days(String... days) {
    return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
  }
}
