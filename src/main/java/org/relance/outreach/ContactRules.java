package org.relance.outreach;

import com.typesafe.config.Config;
import org.relance.business.Jurisdiction;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The contact rules of DOMAIN.md ("Never harass") as a pure function: given what was already sent
 * to a case, its last two-way exchange, the debtor's time zone and the business's jurisdiction, the
 * first instant at or after a candidate when a reminder the debtor did not ask for may go out. Only
 * inside the daily window in the debtor's local time, at most {@code perDay} a local day and
 * {@code perWeek} in any rolling 7 days, never on a Sunday or a public holiday (unless switched
 * off), and not within {@code quietAfterExchange} after an exchange. No clock of its own.
 */
public final class ContactRules {

  /** Where a search for an allowed moment gives up (settings that never allow one). */
  private static final int MAX_MOVES = 10_000;
  private static final Duration ROLLING_WEEK = Duration.ofDays(7);

  /** The rules' settings ({@code relance.outreach}). */
  public record Settings(LocalTime windowStart, LocalTime windowEnd, int perDay, int perWeek,
                         Duration quietAfterExchange, boolean restOnSundays, boolean restOnPublicHolidays) {
    public Settings {
      if (!windowStart.isBefore(windowEnd)) {
        throw new IllegalArgumentException("relance.outreach.window-start (" + windowStart
            + ") must be before window-end (" + windowEnd + ")");
      }
      if (perDay < 1 || perWeek < 1) {
        throw new IllegalArgumentException("relance.outreach.per-day and per-week must be at least 1");
      }
      if (quietAfterExchange.isNegative()) {
        throw new IllegalArgumentException("relance.outreach.quiet-after-exchange must not be negative");
      }
    }

    public static Settings from(Config outreach) {
      return new Settings(time(outreach, "window-start"), time(outreach, "window-end"), outreach.getInt("per-day"),
          outreach.getInt("per-week"), outreach.getDuration("quiet-after-exchange"),
          outreach.getBoolean("rest-on-sundays"), outreach.getBoolean("rest-on-public-holidays"));
    }

    private static LocalTime time(Config config, String key) {
      String value = config.getString(key).trim();
      try {
        return LocalTime.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("relance.outreach." + key + " must be a time like 08:00, not '" + value + "'");
      }
    }
  }

  /** Who the rules are applied to: what was sent to the case, its last exchange, where the debtor lives and whose law. */
  public record Contact(Collection<Instant> sent, Optional<Instant> lastExchange, ZoneId zone,
                        Jurisdiction jurisdiction) {
    public Contact {
      sent = List.copyOf(sent);
    }
  }

  private final Settings settings;

  public ContactRules(Settings settings) {
    this.settings = settings;
  }

  /** Whether a reminder may go out to this contact at exactly {@code at}. */
  public boolean allows(Contact contact, Instant at) {
    return nextAllowed(contact, at).equals(at);
  }

  /** The first instant at or after {@code candidate} when a reminder may go out to this contact. */
  public Instant nextAllowed(Contact contact, Instant candidate) {
    Instant t = candidate;
    for (int move = 0; move < MAX_MOVES; move++) {
      Instant moved = firstObstacle(contact, t);
      if (moved.equals(t)) {
        return t;
      }
      t = moved;
    }
    throw new IllegalStateException("the contact rules allow no moment after " + candidate);
  }

  /** {@code t} when nothing forbids it; otherwise the first instant past the first rule that does. */
  private Instant firstObstacle(Contact contact, Instant t) {
    if (contact.lastExchange().isPresent()) {
      Instant quietEnds = contact.lastExchange().get().plus(settings.quietAfterExchange());
      if (t.isBefore(quietEnds)) {
        return quietEnds;
      }
    }
    ZonedDateTime local = t.atZone(contact.zone());
    LocalDate day = local.toLocalDate();
    if (isRestDay(day, contact.jurisdiction())) {
      return windowOpens(day.plusDays(1), contact.zone());
    }
    if (local.toLocalTime().isBefore(settings.windowStart())) {
      return windowOpens(day, contact.zone());
    }
    if (!local.toLocalTime().isBefore(settings.windowEnd())) {
      return windowOpens(day.plusDays(1), contact.zone());
    }
    long sameDay = contact.sent().stream().filter(s -> s.atZone(contact.zone()).toLocalDate().equals(day)).count();
    if (sameDay >= settings.perDay()) {
      return windowOpens(day.plusDays(1), contact.zone());
    }
    List<Instant> lastWeek = contact.sent().stream()
        .filter(s -> !s.isAfter(t) && s.isAfter(t.minus(ROLLING_WEEK))).sorted().toList();
    if (lastWeek.size() >= settings.perWeek()) {
      // the week rolls past enough of them that one more fits
      return lastWeek.get(lastWeek.size() - settings.perWeek()).plus(ROLLING_WEEK);
    }
    return t;
  }

  private boolean isRestDay(LocalDate day, Jurisdiction jurisdiction) {
    return (settings.restOnSundays() && day.getDayOfWeek() == DayOfWeek.SUNDAY)
        || (settings.restOnPublicHolidays() && PublicHolidays.isHoliday(day, jurisdiction));
  }

  private Instant windowOpens(LocalDate day, ZoneId zone) {
    return day.atTime(settings.windowStart()).atZone(zone).toInstant();
  }
}
