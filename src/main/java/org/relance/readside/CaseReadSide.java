package org.relance.readside;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.query.Offset;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.ProjectionBehavior;
import org.apache.pekko.projection.ProjectionId;
import org.apache.pekko.projection.eventsourced.javadsl.EventSourcedProvider;
import org.apache.pekko.projection.javadsl.SourceProvider;
import org.apache.pekko.projection.jdbc.javadsl.JdbcProjection;
import org.apache.pekko.serialization.jackson.JacksonObjectMapperProvider;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.DebtorCase;
import org.relance.storage.Database;
import org.relance.storage.PooledJdbcSession;

import java.util.List;
import java.util.Optional;

/**
 * Wires the case read-side projection: one exactly-once JDBC projection per case tag (events in
 * small batches, each batch and its offset in one transaction), run as a sharded daemon process so
 * each tag is projected by exactly one node of the cluster.
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
    List<String> tags = DebtorCase.tags(tagCount);
    ShardedDaemonProcess.get(system).init(ProjectionBehavior.Command.class, NAME, tags.size(),
        i -> ProjectionBehavior.create(projection(system, database, json, sql, tags.get(i))),
        ProjectionBehavior.stopMessage());
  }

  private static org.apache.pekko.projection.Projection<EventEnvelope<CaseEvent>> projection(
      ActorSystem<?> system, Database database, ObjectMapper json, ReadSideSql sql, String tag) {
    SourceProvider<Offset, EventEnvelope<CaseEvent>> source =
        EventSourcedProvider.eventsByTag(system, JdbcReadJournal.Identifier(), tag);
    return JdbcProjection.groupedWithin(ProjectionId.of(NAME, tag), source,
            () -> new PooledJdbcSession(database.dataSource()),
            () -> new CaseReadSideHandler(json, sql), system)
        .withGroup(BATCH_SIZE, BATCH_WINDOW);
  }
}
