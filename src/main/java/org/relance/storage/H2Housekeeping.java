package org.relance.storage;

import org.apache.pekko.actor.typed.ActorSystem;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the embedded H2 file from filling with pages no longer in use. H2 tidies its file from a
 * background writer that only runs when commits may wait ({@code WRITE_DELAY} above 0); Relance
 * writes every commit before acknowledging it, so it does the tidying itself: every interval it
 * rewrites the least-filled chunks, a bounded amount at a time, until the target share of the file
 * is in use. Runs on the blocking executor; a pass still running skips the next one.
 */
public final class H2Housekeeping {

  private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);
  /** At most this much is rewritten per pass, so a pass stays short beside the service's own writes. */
  private static final int WRITE_LIMIT_BYTES = 16 * 1024 * 1024;

  private final DataSource dataSource;
  private final int targetFillRate;
  private final AtomicBoolean running = new AtomicBoolean();

  public H2Housekeeping(DataSource dataSource, int targetFillRate) {
    if (targetFillRate < 10 || targetFillRate > 95) {
      throw new IllegalArgumentException("relance.db.h2-target-fill-rate must be between 10 and 95, not "
          + targetFillRate);
    }
    this.dataSource = dataSource;
    this.targetFillRate = targetFillRate;
  }

  /** Tidies every {@code interval} on {@code executor}. */
  public void start(ActorSystem<?> system, Duration interval, Executor executor) {
    system.scheduler().scheduleWithFixedDelay(interval, interval, this::pass,
        scala.concurrent.ExecutionContext.fromExecutor(executor));
  }

  /** One pass: rewrites the least-filled chunks, up to the write limit; returns the share of the file in use after it. */
  public int pass() {
    if (!running.compareAndSet(false, true)) {
      return -1;
    }
    try (Connection c = dataSource.getConnection()) {
      MVStore store = c.unwrap(JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal local
          ? local.getDatabase().getStore().getMvStore() : null;
      if (store == null) {
        return -1;
      }
      store.compact(targetFillRate, WRITE_LIMIT_BYTES);
      store.commit();                               // the rewritten pages land in new chunks
      store.getFileStore().dropUnusedChunks();      // and the chunks left empty are given back
      return store.getFileStore().getChunksFillRate();
    } catch (SQLException | RuntimeException e) {
      log.warn("Tidying the H2 file failed; the next pass tries again: {}", e.getMessage());
      return -1;
    } finally {
      running.set(false);
    }
  }
}
