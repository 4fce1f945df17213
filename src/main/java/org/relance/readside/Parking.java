package org.relance.readside;

import org.apache.pekko.Done;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.projection.jdbc.javadsl.JdbcHandler;
import org.relance.storage.PooledJdbcSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * What one projection instance (a projection and one tag) does with an event its handler cannot
 * handle: the projection's recovery strategy tries it {@code retries} more times (see
 * {@link CaseProjections}); on the last try the event is handled on its own and, if it still fails,
 * parked ({@link ParkedEvents}), logged at ERROR and skipped, so the projection goes on.
 *
 * <p>The wrappers below put this around the three kinds of handlers the projections use. With the
 * grouped read side a failing batch is replayed one event at a time to find the culprit, and a case
 * with a parked event is <em>held back</em>: its later events are parked too (without retries), so
 * its read-side rows stay as they were before the bad event rather than fold later events onto a
 * state that misses one. The other projections act on single events (a letter, a held message):
 * only the failing event is skipped.
 */
final class Parking {

  private static final Logger log = LoggerFactory.getLogger(Parking.class);

  private final String projection;
  private final String key;
  private final int retries;
  private final ReadSideSql sql;
  private final Clock clock;
  private Object failingOffset;
  private int tries;

  Parking(String projection, String key, int retries, ReadSideSql sql, Clock clock) {
    this.projection = projection;
    this.key = key;
    this.retries = retries;
    this.sql = sql;
    this.clock = clock;
  }

  /** Counts one try at the envelope(s) ending at {@code offset}; true on the recovery strategy's last one. */
  private boolean lastTry(Object offset) {
    if (!Objects.equals(offset, failingOffset)) {
      failingOffset = offset;
      tries = 0;
    }
    tries++;
    return tries > retries;
  }

  /**
   * Parks the event with the whole error. The ERROR line gives only the error's kind (before its
   * first colon): a database's message may quote the row it refused, a debtor's name with it.
   */
  private void park(Connection connection, EventEnvelope<?> envelope, String error) throws SQLException {
    log.error("Projection {} ({}) parked event {} #{} ({}) and goes on without it: {} (the whole error is in "
            + "relance_parked_event)", projection, key, envelope.persistenceId(), envelope.sequenceNr(),
        envelope.event().getClass().getSimpleName(), error == null ? "no message" : error.split(":", 2)[0]);
    log.debug("Projection {} ({}) parked event {} #{}: {}", projection, key, envelope.persistenceId(),
        envelope.sequenceNr(), error);
    ParkedEvents.park(connection, sql, projection, key, envelope, error, clock.instant());
  }

  private static String describe(Throwable error) {
    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
        ? error.getCause() : error;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  /** Runs {@code work} in the connection's transaction; on failure undoes only its writes and parks. */
  private boolean triedAlone(Connection connection, EventEnvelope<?> envelope, SqlWork work) throws SQLException {
    Savepoint before = connection.setSavepoint();
    try {
      work.run();
      connection.releaseSavepoint(before);
      return true;
    } catch (Exception e) {
      connection.rollback(before);
      park(connection, envelope, describe(e));
      return false;
    }
  }

  private interface SqlWork {
    void run() throws Exception;
  }

  /** An exactly-once handler of single events; the parked row commits with the offset. */
  static final class Single<E> extends JdbcHandler<EventEnvelope<E>, PooledJdbcSession> {
    private final Parking parking;
    private final JdbcHandler<EventEnvelope<E>, PooledJdbcSession> handler;

    Single(Parking parking, JdbcHandler<EventEnvelope<E>, PooledJdbcSession> handler) {
      this.parking = parking;
      this.handler = handler;
    }

    @Override
    public void process(PooledJdbcSession session, EventEnvelope<E> envelope) throws Exception {
      if (!parking.lastTry(envelope.offset())) {
        handler.process(session, envelope);
        return;
      }
      session.withConnection(c -> parking.triedAlone(c, envelope, () -> handler.process(session, envelope)));
    }
  }

  /** An exactly-once handler of batches: held-back cases filtered out, a last try one event at a time. */
  static final class Grouped<E> extends JdbcHandler<List<EventEnvelope<E>>, PooledJdbcSession> {
    private final Parking parking;
    private final JdbcHandler<List<EventEnvelope<E>>, PooledJdbcSession> handler;
    private Set<String> heldBack;

    Grouped(Parking parking, JdbcHandler<List<EventEnvelope<E>>, PooledJdbcSession> handler) {
      this.parking = parking;
      this.handler = handler;
    }

    @Override
    public void process(PooledJdbcSession session, List<EventEnvelope<E>> envelopes) throws Exception {
      List<EventEnvelope<E>> rest = session.withConnection(c -> {
        if (heldBack == null) {
          heldBack = ParkedEvents.persistenceIds(c, parking.projection, parking.key);
        }
        List<EventEnvelope<E>> kept = new ArrayList<>();
        for (EventEnvelope<E> envelope : envelopes) {
          if (heldBack.contains(envelope.persistenceId())) {
            parking.park(c, envelope, "held back: an earlier event of this case is parked");
          } else {
            kept.add(envelope);
          }
        }
        return kept;
      });
      if (rest.isEmpty()) {
        return;
      }
      if (!parking.lastTry(rest.get(rest.size() - 1).offset())) {
        handler.process(session, rest);
        return;
      }
      session.withConnection(c -> {
        for (EventEnvelope<E> envelope : rest) {
          if (heldBack.contains(envelope.persistenceId())) {
            parking.park(c, envelope, "held back: an earlier event of this case is parked");
          } else if (!parking.triedAlone(c, envelope, () -> handler.process(session, List.of(envelope)))) {
            heldBack.add(envelope.persistenceId());
          }
        }
        return null;
      });
    }
  }

  /**
   * An at-least-once handler of a group of events acting asynchronously on each (a letter, a
   * document sent): the group's events are acted on at once, so a busy day's letters render side by
   * side on the bounded blocking pool; the group's offset is stored once all are done. On the last
   * try an event that still fails is parked and the others stand.
   */
  static final class Async<E> extends Handler<List<EventEnvelope<E>>> {
    private final Parking parking;
    private final Handler<EventEnvelope<E>> handler;
    private final DataSource dataSource;
    private final Executor blocking;

    Async(Parking parking, Handler<EventEnvelope<E>> handler, DataSource dataSource, Executor blocking) {
      this.parking = parking;
      this.handler = handler;
      this.dataSource = dataSource;
      this.blocking = blocking;
    }

    @Override
    public CompletionStage<Done> process(List<EventEnvelope<E>> envelopes) {
      boolean lastTry = parking.lastTry(envelopes.get(envelopes.size() - 1).offset());
      Map<String, CompletableFuture<Done>> byCase = new LinkedHashMap<>();
      for (EventEnvelope<E> envelope : envelopes) { // one case's events in order, the cases side by side
        CompletableFuture<Done> earlier = byCase.get(envelope.persistenceId());
        byCase.put(envelope.persistenceId(), earlier == null ? attempt(envelope, lastTry)
            : earlier.thenCompose(done -> attempt(envelope, lastTry)));
      }
      return CompletableFuture.allOf(byCase.values().toArray(CompletableFuture[]::new))
          .thenApply(all -> Done.getInstance());
    }

    /** Acts on one event; on the last try, a failure parks it instead. */
    private CompletableFuture<Done> attempt(EventEnvelope<E> envelope, boolean lastTry) {
      CompletionStage<Done> attempt;
      try {
        attempt = handler.process(envelope);
      } catch (Exception e) {
        attempt = CompletableFuture.failedFuture(e);
      }
      return (lastTry ? attempt.handle((done, error) -> error == null ? CompletableFuture.completedFuture(done)
          : CompletableFuture.supplyAsync(() -> parked(envelope, error), blocking)).thenCompose(next -> next)
          : attempt).toCompletableFuture();
    }

    private Done parked(EventEnvelope<E> envelope, Throwable error) {
      try (Connection c = dataSource.getConnection()) {
        parking.park(c, envelope, describe(error));
        return Done.getInstance();
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot park event " + envelope.persistenceId() + " #"
            + envelope.sequenceNr() + ": " + e.getMessage(), e);
      }
    }
  }
}
