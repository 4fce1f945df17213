package org.relance.scheduling;

import com.typesafe.config.Config;
import org.relance.gateway.CaseGateway;
import org.relance.debtorcase.CaseCommand;
import org.relance.readside.CaseWakeups;
import org.relance.readside.ReadSideProgress;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Owns the service's time: the system clock, or the simulated clock of
 * {@code relance.clock.mode = simulated}, saved in {@code relance_clock} so a restart resumes at the
 * later of its saved value and {@code relance.clock.start}. Moving the simulated clock stops at
 * every due wake-up and every {@link Alarm} on the way, wakes those cases (rings those alarms), and
 * finishes only once the read sides have caught up, so what a client reads next is the state at the new time.
 */
public final class TimeKeeper {

  /** Guards against a case that would ask to be woken forever at the same instant. */
  private static final int MAX_STOPS_PER_ADVANCE = 100_000;

  private final Clock clock;
  private final SimulatedClock simulated;
  private final DataSource dataSource;
  private final Executor blocking;
  private final Duration catchUpTimeout;
  private Moves moves;
  private final List<Alarm> alarms = new CopyOnWriteArrayList<>();
  private CompletableFuture<Instant> lastMove = CompletableFuture.completedFuture(null);
  /** Where the move in progress goes; kept between two queued moves, cleared when none is left. */
  private volatile Instant movingTo;
  private final AtomicInteger pendingMoves = new AtomicInteger();

  /**
   * Something that must happen at instants of its own (the owners' morning digest): with the
   * simulated clock an advance stops at each of them, after waking the cases due by then and
   * letting the read sides catch up, and rings it.
   */
  public interface Alarm {
    /** The first instant strictly after {@code after} at which it rings, if any. */
    CompletionStage<Optional<Instant>> nextAfter(Instant after);

    /** Does what is due at {@code at}; the advance goes on once this completes. */
    CompletionStage<Void> ring(Instant at);
  }

  /** What an advance needs to wake cases and wait for the read side. */
  public record Moves(CaseWakeups wakeups, CaseGateway cases, ReadSideProgress progress) {}

  private TimeKeeper(Clock clock, SimulatedClock simulated, DataSource dataSource, Executor blocking,
                     Duration catchUpTimeout) {
    this.clock = clock;
    this.simulated = simulated;
    this.dataSource = dataSource;
    this.blocking = blocking;
    this.catchUpTimeout = catchUpTimeout;
  }

  /** The time of this start, per {@code relance.clock}; a simulated clock is read back from the database. */
  public static TimeKeeper start(Config config, DataSource dataSource, Executor blocking) {
    String mode = config.getString("relance.clock.mode").trim();
    Duration catchUp = config.getDuration("relance.read-side.catch-up-timeout");
    if (mode.equals("system")) {
      return new TimeKeeper(Clock.systemUTC(), null, dataSource, blocking, catchUp);
    }
    if (!mode.equals("simulated")) {
      throw new IllegalArgumentException("relance.clock.mode must be system or simulated, not '" + mode + "'");
    }
    String start = config.getString("relance.clock.start").trim();
    Instant configured;
    try {
      configured = start.isEmpty() ? Instant.now() : Instant.parse(start);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("relance.clock.start must be an ISO instant like 2026-11-23T08:00:00Z, not '"
          + start + "'");
    }
    Instant saved = load(dataSource);
    Instant now = saved != null && saved.isAfter(configured) ? saved : configured;
    SimulatedClock simulated = new SimulatedClock(now);
    TimeKeeper keeper = new TimeKeeper(simulated, simulated, dataSource, blocking, catchUp);
    keeper.save(now);
    return keeper;
  }

  /** Connects the keeper to the read sides once they exist. */
  public void connect(Moves moves) {
    this.moves = moves;
  }

  /** Adds an alarm that advances of the simulated clock stop at. */
  public void addAlarm(Alarm alarm) {
    alarms.add(alarm);
  }

  /**
   * Completes once the read sides hold every case event written so far: what a caller waits on
   * before acting on a list of cases (a case opened a moment ago must be on it).
   */
  public CompletionStage<Void> readSidesCaughtUp() {
    return moves.progress().awaitCaughtUp(catchUpTimeout);
  }

  public Clock clock() {
    return clock;
  }

  public boolean isSimulated() {
    return simulated != null;
  }

  /**
   * Moves the simulated clock forward by {@code by}, stopping at each due wake-up on the way.
   * Advances are done one after the other, in the order asked.
   */
  public CompletionStage<Instant> advance(Duration by) {
    return advance(by, null).done();
  }

  /**
   * A move asked for: {@code target} is known once the moves asked before it are done (it starts
   * then); {@code done} once every wake-up on the way was processed.
   */
  public record Move(CompletionStage<Instant> target, CompletionStage<Instant> done) {}

  /**
   * Like {@link #advance(Duration)}; with an idempotency key, the instant the first call aimed at is
   * remembered ({@code relance_clock_move}) and a repeat of the key (a retry after a timeout, even
   * after a restart) moves the clock to that same instant: no further if it is already there (the
   * clock never goes back; what is due by then is done, as for a move of zero).
   */
  public synchronized Move advance(Duration by, String idempotencyKey) {
    if (simulated == null) {
      CompletableFuture<Instant> refused = CompletableFuture.failedFuture(new IllegalStateException(
          "the clock is the system clock; set relance.clock.mode = simulated to move it"));
      return new Move(refused, refused);
    }
    if (by.isNegative()) {
      CompletableFuture<Instant> refused = CompletableFuture.failedFuture(
          new IllegalArgumentException("the clock never goes backwards"));
      return new Move(refused, refused);
    }
    pendingMoves.incrementAndGet();
    CompletableFuture<Instant> target = lastMove.exceptionally(e -> null)
        .thenApplyAsync(ignored -> target(idempotencyKey, simulated.instant().plus(by)), blocking);
    lastMove = target
        .thenCompose(to -> {
          movingTo = to;
          return stepTowards(to, 0).thenApply(done -> to);
        })
        .whenComplete((to, failure) -> {
          if (pendingMoves.decrementAndGet() == 0) {
            movingTo = null;
          }
        });
    return new Move(target, lastMove);
  }

  /** How many moves were asked for and are not done yet (the one in progress and those queued behind it). */
  public int pendingMoves() {
    return pendingMoves.get();
  }

  /** Where a move in progress is going (what {@code GET /api/clock} shows), if one is. */
  public Optional<Instant> movingTo() {
    return Optional.ofNullable(movingTo);
  }

  private CompletionStage<Void> stepTowards(Instant target, int stops) {
    if (stops > MAX_STOPS_PER_ADVANCE) {
      return CompletableFuture.failedFuture(new IllegalStateException("too many wake-ups on the way to " + target));
    }
    Instant now = simulated.instant();
    return moves.progress().awaitCaughtUp(catchUpTimeout)
        .thenApplyAsync(caughtUp -> moves.wakeups().earliest().filter(due -> !due.isAfter(target)), blocking)
        .thenCompose(next -> nextAlarm(now, target).thenCompose(alarm -> {
          if (alarm.isPresent() && (next.isEmpty() || !alarm.get().at().isAfter(next.get()))) {
            Instant stop = simulated.advanceTo(alarm.get().at());
            save(stop);
            return CompletableFuture.supplyAsync(() -> moves.wakeups().dueBy(stop), blocking)
                .thenCompose(ids -> moves.cases().askAll(ids, CaseCommand.Wake::new))
                .thenCompose(woken -> moves.progress().awaitCaughtUp(catchUpTimeout))
                .thenCompose(caughtUp -> ringAll(alarm.get().alarms(), stop))
                .thenCompose(rung -> stepTowards(target, stops + 1));
          }
          if (next.isEmpty()) {
            simulated.advanceTo(target);
            save(target);
            return moves.progress().awaitCaughtUp(catchUpTimeout);
          }
          Instant stop = simulated.advanceTo(next.get());
          save(stop);
          return CompletableFuture.supplyAsync(() -> moves.wakeups().dueBy(stop), blocking)
              .thenCompose(ids -> moves.cases().askAll(ids, CaseCommand.Wake::new))
              .thenCompose(woken -> stepTowards(target, stops + 1));
        }));
  }

  /** The alarms ringing at one instant (several may share it: the digest and the outreach at 08:00). */
  private record DueAlarm(List<Alarm> alarms, Instant at) {}

  /** The alarms ringing first after {@code now} and not after {@code target}. */
  private CompletionStage<Optional<DueAlarm>> nextAlarm(Instant now, Instant target) {
    CompletionStage<Optional<DueAlarm>> first = CompletableFuture.completedFuture(Optional.empty());
    for (Alarm alarm : alarms) {
      first = first.thenCombine(alarm.nextAfter(now), (best, at) -> {
        if (at.isEmpty() || at.get().isAfter(target)
            || (best.isPresent() && at.get().isAfter(best.get().at()))) {
          return best;
        }
        List<Alarm> ringing = new ArrayList<>();
        if (best.isPresent() && best.get().at().equals(at.get())) {
          ringing.addAll(best.get().alarms());
        }
        ringing.add(alarm);
        return Optional.of(new DueAlarm(ringing, at.get()));
      });
    }
    return first;
  }

  /** Rings each alarm in turn, in the order they were added. */
  private static CompletionStage<Void> ringAll(List<Alarm> ringing, Instant at) {
    CompletionStage<Void> all = CompletableFuture.completedFuture(null);
    for (Alarm alarm : ringing) {
      all = all.thenCompose(done -> alarm.ring(at));
    }
    return all;
  }

  private void save(Instant now) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (var delete = c.prepareStatement("DELETE FROM relance_clock WHERE id = 1");
           var insert = c.prepareStatement("INSERT INTO relance_clock (id, now_at) VALUES (1, ?)")) {
        delete.executeUpdate();
        insert.setTimestamp(1, Timestamp.from(now));
        insert.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot save the simulated clock: " + e.getMessage(), e);
    }
  }

  /** The instant remembered for {@code key}, or {@code wanted} (remembered for the key, if any). */
  private Instant target(String key, Instant wanted) {
    if (key == null) {
      return wanted;
    }
    try (Connection c = dataSource.getConnection()) {
      try (var select = c.prepareStatement("SELECT target_at FROM relance_clock_move WHERE idempotency_key = ?")) {
        select.setString(1, key);
        try (var rs = select.executeQuery()) {
          if (rs.next()) {
            return rs.getTimestamp(1).toInstant();
          }
        }
      }
      try (var insert = c.prepareStatement(
          "INSERT INTO relance_clock_move (idempotency_key, target_at, asked_at) VALUES (?, ?, ?)")) {
        insert.setString(1, key);
        insert.setTimestamp(2, Timestamp.from(wanted));
        insert.setTimestamp(3, Timestamp.from(simulated.instant()));
        insert.executeUpdate();
      }
      return wanted;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot remember the clock move: " + e.getMessage(), e);
    }
  }

  private static Instant load(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
         var st = c.createStatement();
         var rs = st.executeQuery("SELECT now_at FROM relance_clock WHERE id = 1")) {
      return rs.next() ? rs.getTimestamp(1).toInstant() : null;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the saved simulated clock: " + e.getMessage(), e);
    }
  }
}
