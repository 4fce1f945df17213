package org.relance.readside;

import org.apache.pekko.Done;
import org.apache.pekko.persistence.query.Offset;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.projection.jdbc.javadsl.JdbcHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relance.config.DatabaseConfig;
import org.relance.storage.MigratedDataSources;
import org.relance.storage.PooledJdbcSession;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each kind of projection handler under {@link Parking}, on H2 and PostgreSQL: tried, then parked and skipped. */
class ParkingTest {

  private static EventEnvelope<String> event(String persistenceId, long sequenceNr, long ordering) {
    return EventEnvelope.create(Offset.sequence(ordering), persistenceId, sequenceNr, "Event", 0L);
  }

  private static Parking parking(DatabaseConfig.Kind kind, int retries) {
    return new Parking("test", "case-0", retries, new ReadSideSql(kind), Clock.systemUTC());
  }

  private static long count(DataSource dataSource, String sql) throws Exception {
    try (var c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void anAsynchronousHandlerFailsOnEachRetryThenParksOnTheLastTry(DatabaseConfig.Kind kind) throws Exception {
    DataSource dataSource = MigratedDataSources.of(kind);
    Handler<EventEnvelope<String>> failing = new Handler<>() {
      @Override
      public CompletionStage<Done> process(EventEnvelope<String> envelope) {
        return CompletableFuture.failedFuture(new IllegalStateException("the letter cannot be rendered"));
      }
    };
    var handler = new Parking.Async<>(parking(kind, 2), failing, dataSource, Runnable::run);
    EventEnvelope<String> envelope = event("DebtorCase|a", 3, 10);
    for (int retry = 0; retry < 2; retry++) {
      assertThrows(Exception.class, () -> handler.process(List.of(envelope)).toCompletableFuture().join());
    }
    handler.process(List.of(envelope)).toCompletableFuture().join();
    assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM relance_parked_event WHERE persistence_id = 'DebtorCase|a' "
        + "AND sequence_nr = 3 AND error_message LIKE 'IllegalStateException: the letter%'"));
  }

  @Test
  void aGroupActsOnItsCasesSideBySideAndOnEachCasesEventsInOrder() {
    List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Handler<EventEnvelope<String>> slowFirst = new Handler<>() {
      @Override
      public CompletionStage<Done> process(EventEnvelope<String> envelope) {
        String name = envelope.persistenceId() + "#" + envelope.sequenceNr();
        log.add("start " + name);
        long delay = envelope.sequenceNr() == 1 && envelope.persistenceId().endsWith("a") ? 300 : 0;
        return CompletableFuture.supplyAsync(() -> {
          log.add("end " + name);
          return Done.getInstance();
        }, CompletableFuture.delayedExecutor(delay, java.util.concurrent.TimeUnit.MILLISECONDS));
      }
    };
    var handler = new Parking.Async<>(parking(DatabaseConfig.Kind.H2, 2), slowFirst, null, Runnable::run);
    handler.process(List.of(event("DebtorCase|a", 1, 10), event("DebtorCase|b", 1, 11), event("DebtorCase|a", 2, 12)))
        .toCompletableFuture().join();
    assertTrue(log.indexOf("start DebtorCase|b#1") < log.indexOf("end DebtorCase|a#1"),
        "another case does not wait: " + log);
    assertTrue(log.indexOf("end DebtorCase|a#1") < log.indexOf("start DebtorCase|a#2"),
        "a case's next event waits for its earlier one: " + log);
    assertEquals(6, log.size(), log.toString());
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void anExactlyOnceHandlersWritesAreUndoneAndTheEventParkedInTheSameTransaction(DatabaseConfig.Kind kind)
      throws Exception {
    DataSource dataSource = MigratedDataSources.of(kind);
    JdbcHandler<EventEnvelope<String>, PooledJdbcSession> halfDone = new JdbcHandler<>() {
      @Override
      public void process(PooledJdbcSession session, EventEnvelope<String> envelope) throws Exception {
        session.withConnection(c -> {
          try (var insert = c.prepareStatement("INSERT INTO relance_clock (id, now_at) VALUES (1, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.parse("2026-11-23T08:00:00Z")));
            insert.executeUpdate();
          }
          return null;
        });
        throw new IllegalArgumentException("value too long");
      }
    };
    var handler = new Parking.Single<>(parking(kind, 0), halfDone);
    PooledJdbcSession session = new PooledJdbcSession(dataSource);
    handler.process(session, event("DebtorCase|a", 1, 5));
    session.commit();
    session.close();
    assertEquals(0, count(dataSource, "SELECT COUNT(*) FROM relance_clock"), "the failed event's writes are undone");
    assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM relance_parked_event"));
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void aFailingBatchIsReplayedEventByEventAndTheBadCaseIsHeldBack(DatabaseConfig.Kind kind) throws Exception {
    DataSource dataSource = MigratedDataSources.of(kind);
    List<String> handled = new ArrayList<>();
    JdbcHandler<List<EventEnvelope<String>>, PooledJdbcSession> folding = new JdbcHandler<>() {
      @Override
      public void process(PooledJdbcSession session, List<EventEnvelope<String>> envelopes) {
        if (envelopes.stream().anyMatch(e -> e.persistenceId().endsWith("bad"))) {
          throw new IllegalArgumentException("value too long");
        }
        envelopes.forEach(e -> handled.add(e.persistenceId() + "#" + e.sequenceNr()));
      }
    };
    var handler = new Parking.Grouped<>(parking(kind, 0), folding);
    PooledJdbcSession session = new PooledJdbcSession(dataSource);
    handler.process(session, List.of(event("DebtorCase|bad", 1, 1), event("DebtorCase|good", 1, 2)));
    handler.process(session, List.of(event("DebtorCase|bad", 2, 3), event("DebtorCase|good", 2, 4)));
    session.commit();
    session.close();
    assertEquals(List.of("DebtorCase|good#1", "DebtorCase|good#2"), handled);
    assertEquals(2, count(dataSource, "SELECT COUNT(*) FROM relance_parked_event WHERE persistence_id = 'DebtorCase|bad'"));
    assertEquals(1, count(dataSource, "SELECT COUNT(*) FROM relance_parked_event WHERE error_message LIKE 'held back%'"));
  }
}
