package org.relance.ladder;

import org.relance.limits.SafeDays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The escalation ladder as a pure function: given where a case stands and its settings, which
 * rung comes next and at what instant (the start of its day in the business's time zone).
 *
 * <p>Rules (DOMAIN.md): each rung falls due at its offset from the due date; a rung that sends
 * something also waits {@code minimumGapDays} after the previous one that did, so a case registered
 * long overdue starts at {@code friendly} and climbs one gap at a time; the pre-due reminder is
 * skipped for a case opened on or after its due date (one that was simply missed while the service
 * was down is sent late, once); nothing comes after {@code handover}. A {@link Steering} (the course the
 * owner chose for the debtor's profile, or the gentler ladder of an important customer) shifts the
 * delays and may leave a rung out.
 */
public final class Ladder {

  private final LadderSettings settings;
  private final java.util.Set<Stage> skipped;

  public Ladder(LadderSettings settings) {
    this(settings, Steering.STANDARD);
  }

  /** The ladder as {@code steering} changes it: its delays, and the rungs it leaves out. */
  public Ladder(LadderSettings settings, Steering steering) {
    this.settings = steering.adjust(settings);
    this.skipped = steering.skipped();
  }

  /**
   * Where a case stands on the ladder: its rung, the day of its last sending rung (null if none),
   * the due date it climbs from, and the day the case was opened.
   */
  public record Position(Stage stage, LocalDate lastSendingDay, LocalDate dueDate, LocalDate openedOn) {}

  /** The next rung and the instant it falls due. */
  public record NextStep(Stage stage, Instant dueAt) {}

  /** The next rung after {@code position}, or empty at the top of the ladder. */
  public Optional<NextStep> next(Position position, ZoneId zone) {
    Stage following = following(position.stage(), position.dueDate(), position.openedOn());
    while (following != null && skipped.contains(following)) {
      following = following(following, position.dueDate(), position.openedOn());
    }
    if (following == null) {
      return Optional.empty();
    }
    LocalDate day = SafeDays.plus(position.dueDate(), settings.offsetDays(following));
    if (following.sends() && position.lastSendingDay() != null) {
      LocalDate earliest = SafeDays.plus(position.lastSendingDay(), settings.minimumGapDays());
      if (earliest.isAfter(day)) {
        day = earliest;
      }
    }
    return Optional.of(new NextStep(following, day.atStartOfDay(zone).toInstant()));
  }

  private static Stage following(Stage stage, LocalDate dueDate, LocalDate openedOn) {
    if (stage == Stage.HANDOVER) {
      return null;
    }
    Stage next = Stage.values()[stage.ordinal() + 1];
    if (next == Stage.PRE_DUE && !openedOn.isBefore(dueDate)) {
      return Stage.DUE;
    }
    return next;
  }
}
