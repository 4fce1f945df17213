package org.relance.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Extension;
import org.apache.pekko.actor.typed.ExtensionId;

/**
 * This node's meters, one registry per actor system, read by {@code GET /metrics} in Prometheus
 * text format ({@link MetricsRoute}). It owns the JVM's basics (memory, GC, threads, classes, CPU,
 * uptime) and the counters the faces add to: events written ({@link WrittenEvents}), messages per
 * channel ({@link ChannelMessages}), the debtors' replies read ({@link ReplyReadings}); what is read
 * from the database is refreshed apart ({@link StoredGauges}), HTTP latency by {@link RequestTimer}.
 * Every meter carries counts only: no name, text or id of a person.
 */
public final class Metrics implements Extension {

  private static final ExtensionId<Metrics> ID = new ExtensionId<>() {
    @Override
    public Metrics createExtension(ActorSystem<?> system) {
      return new Metrics(system);
    }
  };

  /** The channels messages go out on (e-mail joins later under its own tag). */
  public static final String TELEGRAM = "telegram";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ReplyReadings readings = new ReplyReadings(registry);

  private Metrics(ActorSystem<?> system) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    JvmHeapPressureMetrics pressure = new JvmHeapPressureMetrics();
    pressure.bindTo(registry);
    messages(TELEGRAM);
    system.getWhenTerminated().thenRun(() -> {
      gc.close();
      pressure.close();
      registry.close();
    });
  }

  public static Metrics get(ActorSystem<?> system) {
    return ID.apply(system);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The counters of messages going out on {@code channel}. */
  public ChannelMessages messages(String channel) {
    return new ChannelMessages(
        counter("relance.messages.sent", "Messages the channel accepted", channel),
        counter("relance.messages.failed", "Messages given up on (refused, or no answer twice)", channel),
        counter("relance.messages.rate.limited", "Times the channel asked to slow down (Telegram: a 429)", channel));
  }

  /** The count of debtors' replies read, and of those read with doubt, per language. */
  public ReplyReadings readings() {
    return readings;
  }

  /** Counts one event handed to the journal, by its kind (its class's simple name). */
  void eventWritten(String kind) {
    Counter.builder("relance.events.written").description("Events this node wrote to the journal, by kind")
        .tag("kind", kind).register(registry).increment();
  }

  private Counter counter(String name, String description, String channel) {
    return Counter.builder(name).description(description).tag("channel", channel).register(registry);
  }
}
