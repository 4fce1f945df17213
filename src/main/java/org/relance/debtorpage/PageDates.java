package org.relance.debtorpage;

import org.relance.limits.InputLimits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date typed on the page: {@code 15/12/2026}, {@code 15-12-2026}, {@code 15.12.2026} or
 * {@code 2026-12-15}. A payment already made ({@code past}) is not after today anywhere on Earth; a
 * promise is not before today anywhere on Earth; both within {@link InputLimits}' window.
 */
final class PageDates {

  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

  private PageDates() {}

  static Optional<LocalDate> read(String typed, Clock clock, boolean past) {
    String text = typed.strip().replace('.', '/');
    if (text.length() > 10) {
      return Optional.empty();
    }
    String slashed = text.matches("\\d{1,2}-\\d{1,2}-\\d{4}") ? text.replace('-', '/') : text;
    for (DateTimeFormatter format : FORMATS) {
      try {
        LocalDate date = LocalDate.parse(slashed, format);
        boolean allowed = past ? InputLimits.pastDate(date, clock).isEmpty()
            : InputLimits.date(date, clock).isEmpty() && !date.isBefore(earliestToday(clock));
        return allowed ? Optional.of(date) : Optional.empty();
      } catch (DateTimeParseException notThisFormat) {
        // the next format may read it
      }
    }
    return Optional.empty();
  }

  /** The earliest today anywhere on Earth: a promise for that day is not in the past for anyone. */
  private static LocalDate earliestToday(Clock clock) {
    return LocalDate.now(clock.withZone(ZoneOffset.ofHours(-12)));
  }
}
