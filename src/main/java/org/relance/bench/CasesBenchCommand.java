package org.relance.bench;

import com.typesafe.config.ConfigFactory;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.relance.app.Relance;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.config.DatabaseConfig;
import org.relance.config.RelanceConfig;
import org.relance.debtorcase.*;
import org.relance.ladder.LadderSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * {@code relance cases-bench}: writes events through real case entities on the configured database
 * (a throw-away H2 file by default) and prints events per second, the time one case with many
 * events takes to recover after a restart, and the heap an idle case costs; then, on a fresh
 * database, how fast cases open through the API and how long a day takes when they all reach a
 * step ({@link WakeUpPass}).
 */
@Command(name = "cases-bench", description = "Measure case writes, recovery and memory on the configured database.")
public final class CasesBenchCommand implements Callable<Integer> {

  @Option(names = "--cases", description = "Cases to write to (default ${DEFAULT-VALUE}).")
  int cases = 100;

  @Option(names = "--events", description = "Events per case (default ${DEFAULT-VALUE}).")
  int eventsPerCase = 100;

  @Option(names = "--parallelism", description = "Commands in flight (default ${DEFAULT-VALUE}).")
  int parallelism = 32;

  @Option(names = "--recover-events", description = "Events of the case whose recovery is timed (default ${DEFAULT-VALUE}).")
  int recoverEvents = 1000;

  @Option(names = "--idle-cases", description = "Cases woken to measure the heap an idle case costs (default ${DEFAULT-VALUE}).")
  int idleCases = 2000;

  @Option(names = "--due-cases", description = "Cases due the same day, opened through the API and walked through "
      + "their first steps day by day (default ${DEFAULT-VALUE}; 0: skip).")
  int dueCases = 1000;

  @Option(names = "--config", description = "Settings file (e.g. a PostgreSQL database); default: a temporary H2 file.")
  Path configFile;

  private static final String BENCH_TOKEN = "bench";

  @Override
  public Integer call() throws Exception {
    var config = serviceConfig(Files.createTempDirectory("relance-bench"));
    CaseTerms terms = new CaseTerms("bench-business", ZoneId.of("Europe/Paris"), Jurisdiction.FR, Language.FR,
        PlanPolicy.defaults(), LadderSettings.from(config.getConfig("relance.ladder")));

    BenchTable table = new BenchTable();
    double writeRate;
    Relance relance = Relance.start(config);
    String tag = "b" + System.nanoTime();
    try {
      List<String> ids = IntStream.range(0, cases).mapToObj(i -> tag + "-" + i).toList();
      send(relance, ids, id -> r -> new CaseCommand.Open(terms, debtor(), invoices(), List.of(), null, r));
      long start = System.nanoTime();
      List<String> commands = ids.stream().flatMap(id -> IntStream.range(0, eventsPerCase).mapToObj(n -> id)).toList();
      send(relance, commands, id -> r -> new CaseCommand.RecordMessage(CaseEvent.Direction.IN, "bench",
          "message", null, null, null, r));
      double seconds = (System.nanoTime() - start) / 1e9;
      writeRate = commands.size() / seconds;
      System.out.printf("writes: %d cases x %d events = %d events in %.2f s: %.0f events/s (%d in flight)%n",
          cases, eventsPerCase, commands.size(), seconds, writeRate, parallelism);
      table.add("journal writes through the entities, read sides running", "%.0f events/s", writeRate);

      send(relance, idleIds(tag), id -> r -> new CaseCommand.Open(terms, debtor(), invoices(), List.of(), null, r));
      String big = tag + "-big";
      send(relance, List.of(big), id -> r -> new CaseCommand.Open(terms, debtor(), invoices(), List.of(), null, r));
      send(relance, IntStream.range(0, recoverEvents).mapToObj(i -> big).toList(),
          id -> r -> new CaseCommand.RecordMessage(CaseEvent.Direction.IN, "bench", "message", null, null, null, r));
    } finally {
      relance.stop();
    }

    Relance again = Relance.start(config);
    try {
      long start = System.nanoTime();
      send(again, List.of(tag + "-big"), id -> CaseCommand.Get::new);
      double recovered = (System.nanoTime() - start) / 1e6;
      System.out.printf("recovery: one case of %d events answered %.0f ms after a restart (snapshot every %d)%n",
          recoverEvents + 1, recovered, config.getInt("relance.cases.snapshot-every"));
      table.add("one case of " + (recoverEvents + 1) + " events, first answer after a restart", "%.0f ms", recovered);
      List<String> ids = IntStream.range(0, cases).mapToObj(i -> tag + "-" + i).toList();
      long wake = System.nanoTime();
      send(again, ids, id -> CaseCommand.Get::new);
      double cold = (System.nanoTime() - wake) / 1e6;
      System.out.printf("first answer of %d cold cases (%d events each): %.0f ms in all%n", cases, eventsPerCase, cold);
      table.add("first answers of " + cases + " cold cases (" + eventsPerCase + " events each)", "%.0f ms in all", cold);
      long heapBefore = usedHeapAfterGc();
      send(again, idleIds(tag), id -> CaseCommand.Get::new);
      long heapAfter = usedHeapAfterGc();
      double perCase = (heapAfter - heapBefore) / 1024.0 / idleCases;
      System.out.printf("memory: about %.1f KB of heap per idle case in memory (%d cases woken)%n", perCase, idleCases);
      table.add("heap per 10,000 idle cases in memory (after a full GC, " + idleCases + " woken)", "%.0f MB",
          perCase * 10_000 / 1024);
    } finally {
      again.stop();
    }
    if (dueCases > 0) {
      Relance busy = Relance.start(serviceConfig(Files.createTempDirectory("relance-bench-day")));
      try {
        new WakeUpPass(busy, BENCH_TOKEN, table, writeRate).run(dueCases, 8, LocalDate.of(2026, 12, 1));
      } finally {
        busy.stop();
      }
    }
    table.print(DatabaseConfig.kind(config) + " (" + DatabaseConfig.url(config).replaceAll(";.*|\\?.*", "") + ")");
    return 0;
  }

  /** The service the bench runs: the configured database (or an H2 file in {@code dataDir}), the simulated clock. */
  private com.typesafe.config.Config serviceConfig(Path dataDir) {
    Map<String, Object> settings = Map.of("relance.data-dir", dataDir.toString(), "relance.http.port", 0,
        "relance.http.host", "127.0.0.1", "relance.clock.mode", "simulated",
        "relance.clock.start", "2026-11-23T08:00:00Z", "relance.admin.token", BENCH_TOKEN);
    return RelanceConfig.load(configFile, System.getenv(), ConfigFactory.parseMap(settings));
  }

  private List<String> idleIds(String tag) {
    return IntStream.range(0, idleCases).mapToObj(i -> tag + "-idle-" + i).toList();
  }

  private void send(Relance relance, List<String> ids,
                    Function<String, Function<ActorRef<CaseReply>, CaseCommand>> command) {
    Source.from(ids)
        .mapAsyncUnordered(parallelism, id -> relance.cases().ask(id, command.apply(id)))
        .runWith(Sink.ignore(), relance.system())
        .toCompletableFuture().join();
  }

  private static Debtor debtor() {
    return new Debtor("Bench SARL", DebtorType.BUSINESS, "SARL", null, null, null, null, Language.FR,
        ZoneId.of("Europe/Paris"));
  }

  private static List<Invoice> invoices() {
    return List.of(new Invoice("B-1", Money.of("1000.00", "EUR"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return usedHeap();
  }
}
