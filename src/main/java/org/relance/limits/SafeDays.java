package org.relance.limits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar arithmetic that never throws: a day counted past {@link #HORIZON} is the horizon. The
 * case entity and the ladder compute deadlines with it, so a far date that reached a journal before
 * the input was bounded can still be replayed and the case keeps answering.
 */
public final class SafeDays {

  /** Further than any deadline a case can meaningfully have. */
  public static final LocalDate HORIZON = LocalDate.of(9999, 12, 31);

  private SafeDays() {}

  /** {@code day} plus {@code days}, at most the horizon. */
  public static LocalDate plus(LocalDate day, long days) {
    if (day.isAfter(HORIZON) || days > HORIZON.toEpochDay() - day.toEpochDay()) {
      return HORIZON;
    }
    return day.plusDays(days);
  }

  /** The first instant of {@code day} plus {@code days} in {@code zone}, at most the horizon's. */
  public static Instant startOf(LocalDate day, long days, ZoneId zone) {
    return plus(day, days).atStartOfDay(zone).toInstant();
  }
}
