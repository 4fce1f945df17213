package org.relance.readside;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Waiting for the read sides: as long as they move it waits, however long the day's work takes; a
 * read side that stops moving is given up on after the stall time.
 */
class ReadSideProgressTest {

  private static final Duration STALL = Duration.ofMillis(400);

  private final JdbcDataSource database = new JdbcDataSource();
  private final ScheduledExecutorService projection = Executors.newSingleThreadScheduledExecutor();

  ReadSideProgressTest() throws SQLException {
    database.setURL("jdbc:h2:mem:progress-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    execute("CREATE TABLE event_tag (event_id BIGINT, tag VARCHAR(64))");
    execute("CREATE TABLE pekko_projection_offset_store (projection_name VARCHAR(255), projection_key VARCHAR(255),"
        + " current_offset VARCHAR(255))");
    execute("INSERT INTO event_tag VALUES (100, 'case-0')");
    execute("INSERT INTO pekko_projection_offset_store VALUES ('case-read-side', 'case-0', '10')");
  }

  @Test
  void aReadSideThatKeepsMovingIsWaitedForPastTheStallTime() throws Exception {
    AtomicLong offset = new AtomicLong(10);
    projection.scheduleAtFixedRate(() -> setOffset(Math.min(100, offset.addAndGet(6))), 100, 100, TimeUnit.MILLISECONDS);
    long started = System.nanoTime();
    progress().awaitCaughtUp(STALL).toCompletableFuture().get(20, TimeUnit.SECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(took.compareTo(STALL.multipliedBy(3)) > 0, "it caught up after " + took.toMillis() + " ms of moving");
    projection.shutdownNow();
  }

  @Test
  void aReadSideThatStopsMovingIsGivenUpOnAfterTheStallTime() {
    long started = System.nanoTime();
    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> progress().awaitCaughtUp(STALL).toCompletableFuture().get(20, TimeUnit.SECONDS));
    assertTrue(failed.getCause() instanceof TimeoutException, failed.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(took.compareTo(STALL) >= 0 && took.compareTo(Duration.ofSeconds(5)) < 0, took.toMillis() + " ms");
    assertEquals("the case read side is still catching up and has not moved for 400 ms", failed.getCause().getMessage());
  }

  private ReadSideProgress progress() {
    return new ReadSideProgress(database, Executors.newCachedThreadPool(), List.of("case-read-side"), List.of("case-0"));
  }

  private void setOffset(long value) {
    try {
      execute("UPDATE pekko_projection_offset_store SET current_offset = '" + value + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = database.getConnection(); var st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
