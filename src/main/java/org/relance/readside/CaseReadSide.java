package org.relance.readside;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.projection.jdbc.javadsl.JdbcProjection;
import org.apache.pekko.serialization.jackson.JacksonObjectMapperProvider;
import org.relance.storage.Database;
import org.relance.storage.PooledJdbcSession;

import java.util.Optional;

/**
 * Wires the case read-side projection: one exactly-once JDBC projection per case tag (events in
 * small batches, each batch and its offset in one transaction), run by {@link CaseProjections} (one
 * node per tag, a failing event parked and its case held back).
 */
public final class CaseReadSide {

  /** The projection's name, as stored in the offset table. */
  public static final String NAME = "case-read-side";

  /** At most this many events are folded and written in one transaction... */
  private static final int BATCH_SIZE = 200;
  /** ...gathered for at most this long. */
  private static final java.time.Duration BATCH_WINDOW = java.time.Duration.ofMillis(20);

  private CaseReadSide() {}

  public static void init(ActorSystem<?> system, Database database, int tagCount) {
    ObjectMapper json = JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty());
    ReadSideSql sql = new ReadSideSql(database.kind());
    JdbcProjection.createTablesIfNotExists(() -> new PooledJdbcSession(database.dataSource()), system)
        .toCompletableFuture().join();
    CaseProjections.get(system).grouped(NAME, database, tagCount, BATCH_SIZE, BATCH_WINDOW,
        () -> new CaseReadSideHandler(json, sql));
  }
}
