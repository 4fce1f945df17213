package org.relance.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.pekko.actor.Cancellable;
import org.apache.pekko.actor.typed.ActorSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.concurrent.ExecutionContextExecutor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The gauges read from the database (cases per stage and status from the read side, the outbox's
 * depth, each projection's lag and parked events), refreshed every {@code relance.metrics.refresh-interval}
 * on the blocking executor, never on a scrape nor on an actor's thread: a scrape reads the last values.
 * They count the whole installation (the database is shared), so every node of a cluster reports the
 * same values. A refresh that fails keeps the last values and is logged.
 */
public final class StoredGauges {

  private static final Logger log = LoggerFactory.getLogger(StoredGauges.class);

  /** How many cases are at one stage with one status. */
  public record CaseCount(String stage, String status, long count) {}

  /** One projection's progress: case events not projected yet, and events parked. */
  public record ReadSideCount(String projection, long lag, long parked) {}

  /** Where the gauges read their values. */
  public record Sources(Supplier<List<CaseCount>> cases, Supplier<Long> outboxDepth,
                        Supplier<List<ReadSideCount>> readSides) {}

  private final Sources sources;
  private final MultiGauge cases;
  private final MultiGauge lag;
  private final MultiGauge parked;
  private final AtomicLong outbox = new AtomicLong();

  private StoredGauges(MeterRegistry registry, Sources sources) {
    this.sources = sources;
    this.cases = MultiGauge.builder("relance.cases").description("Cases per stage and status").register(registry);
    this.lag = MultiGauge.builder("relance.readside.lag").baseUnit("events")
        .description("Case events a projection has not processed yet").register(registry);
    this.parked = MultiGauge.builder("relance.readside.parked").baseUnit("events")
        .description("Case events a projection parked after failing on them").register(registry);
    Gauge.builder("relance.outbox.depth", outbox, AtomicLong::get).description("Messages waiting to be sent")
        .tag("channel", Metrics.TELEGRAM).register(registry);
  }

  /** Registers the gauges, reads them once now and then every {@code interval} on {@code blocking}. */
  public static void start(ActorSystem<?> system, Sources sources, Duration interval,
                           ExecutionContextExecutor blocking) {
    StoredGauges gauges = new StoredGauges(Metrics.get(system).registry(), sources);
    Cancellable refreshing = system.scheduler().scheduleWithFixedDelay(Duration.ZERO, interval, gauges::refresh, blocking);
    system.getWhenTerminated().thenRun(refreshing::cancel);
  }

  private void refresh() {
    try {
      cases.register(sources.cases().get().stream().map(c ->
          MultiGauge.Row.of(Tags.of("stage", c.stage(), "status", c.status()), c.count())).toList(), true);
      List<ReadSideCount> readSides = sources.readSides().get();
      lag.register(readSides.stream().map(r -> row(r.projection(), r.lag())).toList(), true);
      parked.register(readSides.stream().map(r -> row(r.projection(), r.parked())).toList(), true);
      outbox.set(sources.outboxDepth().get());
    } catch (RuntimeException e) {
      log.warn("Reading the metrics from the database failed; the last values stay: {}", e.getMessage());
    }
  }

  private static MultiGauge.Row<?> row(String projection, long value) {
    return MultiGauge.Row.of(Tags.of("projection", projection), value);
  }
}
