package org.relance.readside;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.Extension;
import org.apache.pekko.actor.typed.ExtensionId;
import org.apache.pekko.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.projection.HandlerRecoveryStrategy;
import org.apache.pekko.projection.Projection;
import org.apache.pekko.projection.ProjectionBehavior;
import org.apache.pekko.projection.ProjectionId;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.eventsourced.javadsl.EventSourcedProvider;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.projection.jdbc.javadsl.JdbcHandler;
import org.apache.pekko.projection.jdbc.javadsl.JdbcProjection;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.DebtorCase;
import org.relance.debtorcase.JournalSeal;
import org.relance.storage.Database;
import org.relance.storage.PooledJdbcSession;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The one way the projections over case events are run (the read side, the letter issuer, the
 * outreach queue, the letter courier): one instance per case tag as a sharded daemon process, a
 * failing event retried {@code relance.read-side.retries} times {@code relance.read-side.retry-delay}
 * apart and then parked and skipped ({@link Parking}), each instance watched for {@code /health}
 * ({@link ProjectionStatus}). If even parking fails (the database is down), the projection fails and
 * Pekko restarts it with its exponential back-off ({@code pekko.projection.restart-backoff}).
 */
public final class CaseProjections implements Extension {

  private static final ExtensionId<CaseProjections> ID = new ExtensionId<>() {
    @Override
    public CaseProjections createExtension(ActorSystem<?> system) {
      return new CaseProjections(system);
    }
  };

  /** How long a group of events to act on waits for more before it goes. */
  private static final Duration SENDING_WINDOW = Duration.ofMillis(20);

  private final ActorSystem<?> system;
  private final int retries;
  private final Duration retryDelay;
  private final int sendingRetries;
  private final Duration sendingRetryDelay;
  private final int sendingGroup;
  private final Executor blocking;
  private final ProjectionStatus status = new ProjectionStatus();
  private final Set<String> names = new CopyOnWriteArraySet<>();
  private volatile JournalSeal seal;

  private CaseProjections(ActorSystem<?> system) {
    Config readSide = system.settings().config().getConfig("relance.read-side");
    this.system = system;
    this.retries = readSide.getInt("retries");
    this.retryDelay = readSide.getDuration("retry-delay");
    this.sendingRetries = readSide.getInt("sending-retries");
    this.sendingRetryDelay = readSide.getDuration("sending-retry-delay");
    this.sendingGroup = readSide.getInt("sending-group");
    this.blocking = system.dispatchers().lookup(DispatcherSelector.fromConfig("relance-blocking-dispatcher"));
  }

  public static CaseProjections get(ActorSystem<?> system) {
    return ID.apply(system);
  }

  /** How the projections open the personal fields of the events they read: set before any is run. */
  public void openWith(JournalSeal seal) {
    this.seal = seal;
  }

  /** Runs an exactly-once projection of single events. */
  public void exactlyOnce(String name, Database database, int tagCount,
                          Supplier<JdbcHandler<EventEnvelope<CaseEvent>, PooledJdbcSession>> handler) {
    ReadSideSql sql = new ReadSideSql(database.kind());
    run(name, tagCount, (id, source) -> JdbcProjection.exactlyOnce(id, source, session(database),
            () -> new Parking.Single<>(parking(id, sql, retries), handler.get()), system)
        .withRecoveryStrategy(HandlerRecoveryStrategy.retryAndFail(retries, retryDelay)).withStatusObserver(status.observer(id)));
  }

  /** Runs an exactly-once projection of batches of up to {@code size} events gathered for at most {@code window}. */
  public void grouped(String name, Database database, int tagCount, int size, Duration window,
                      Supplier<JdbcHandler<List<EventEnvelope<CaseEvent>>, PooledJdbcSession>> handler) {
    ReadSideSql sql = new ReadSideSql(database.kind());
    run(name, tagCount, (id, source) -> JdbcProjection.groupedWithin(id, source, session(database),
            () -> new Parking.Grouped<>(parking(id, sql, retries), handler.get()), system)
        .withGroup(size, window).withRecoveryStrategy(HandlerRecoveryStrategy.retryAndFail(retries, retryDelay)).withStatusObserver(status.observer(id)));
  }

  /**
   * Runs an at-least-once projection whose handler acts asynchronously (and idempotently) on each
   * event: up to {@code sending-group} events at once. It asks a case or sends, so a failure is
   * mostly a busy moment; it is retried {@code sending-retries} times {@code sending-retry-delay}
   * apart before the event is parked.
   */
  public void atLeastOnceAsync(String name, Database database, int tagCount,
                               Supplier<Handler<EventEnvelope<CaseEvent>>> handler) {
    ReadSideSql sql = new ReadSideSql(database.kind());
    run(name, tagCount, (id, source) -> JdbcProjection.groupedWithinAsync(id, source, session(database),
            () -> new Parking.Async<>(parking(id, sql, sendingRetries), handler.get(), database.dataSource(), blocking),
            system)
        .withGroup(sendingGroup, SENDING_WINDOW)
        .withRecoveryStrategy(HandlerRecoveryStrategy.retryAndFail(sendingRetries, sendingRetryDelay)).withStatusObserver(status.observer(id)));
  }

  /** The names of the projections started on this node, in no particular order. */
  Set<String> names() {
    return Set.copyOf(names);
  }

  ProjectionStatus status() {
    return status;
  }

  private void run(String name, int tagCount, BiFunction<ProjectionId,
      org.apache.pekko.projection.javadsl.SourceProvider<org.apache.pekko.persistence.query.Offset,
          EventEnvelope<CaseEvent>>, Projection<?>> projection) {
    names.add(name);
    List<String> tags = DebtorCase.tags(tagCount);
    ShardedDaemonProcess.get(system).init(ProjectionBehavior.Command.class, name, tags.size(),
        i -> ProjectionBehavior.create(projection.apply(ProjectionId.of(name, tags.get(i)),
            new OpenedEvents(EventSourcedProvider.eventsByTag(system, JdbcReadJournal.Identifier(), tags.get(i)),
                seal))),
        ProjectionBehavior.stopMessage());
  }

  private Parking parking(ProjectionId id, ReadSideSql sql, int tries) {
    return new Parking(id.name(), id.key(), tries, sql, Clock.systemUTC());
  }

  private static Supplier<PooledJdbcSession> session(Database database) {
    return () -> new PooledJdbcSession(database.dataSource());
  }
}
