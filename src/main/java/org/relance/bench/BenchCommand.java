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
 * {@code relance bench} (also {@code cases-bench}): the case core's figures on the configured
 * database (a throw-away H2 file by default), printed at the end as one table. It writes events
 * through real case entities (events per second with the read sides running), fills the journal
 * to a large history ({@link JournalSeeder}) and times the read sides folding it, restarts and
 * times the service until it is ready, one long case's recovery and the first answers of many cold
 * cases, the heap idle cases cost; then, on a fresh database, how fast cases open through the API
 * and how long a day takes when they all reach a step ({@link WakeUpPass}).
 */
@Command(name = "bench", aliases = "cases-bench", mixinStandardHelpOptions = true,
    description = "Measure case writes, restart, recovery, memory and a busy day on the configured database.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--cases", description = "Cases to write to (default ${DEFAULT-VALUE}).")
  int cases = 100;

  @Option(names = "--events", description = "Events per case (default ${DEFAULT-VALUE}).")
  int eventsPerCase = 100;

  @Option(names = "--parallelism", description = "Commands in flight (default ${DEFAULT-VALUE}).")
  int parallelism = 32;

  @Option(names = "--recover-events", description = "Events of the case whose recovery is timed (default ${DEFAULT-VALUE}).")
  int recoverEvents = 1000;

  @Option(names = "--journal-events", description = "Events the journal is filled to before the restart is timed,"
      + " in cases of --events events each (default ${DEFAULT-VALUE}; 0: skip).")
  int journalEvents = 1_000_000;

  @Option(names = "--history-events", description = "Of those, the events written through the journal and folded by"
      + " the read sides, timed; the rest are copies of them (default ${DEFAULT-VALUE}).")
  int historyEvents = 100_000;

  @Option(names = "--cold-cases", description = "Cases of that history answering their first command after the restart"
      + " (default ${DEFAULT-VALUE}).")
  int coldCases = 1000;

  @Option(names = "--idle-cases", description = "Cases woken to measure the heap an idle case costs (default ${DEFAULT-VALUE}).")
  int idleCases = 2000;

  @Option(names = "--due-cases", description = "Cases due the same day, opened through the API and walked through "
      + "their first steps day by day (default ${DEFAULT-VALUE}; 0: skip).")
  int dueCases = 1000;

  @Option(names = "--open-cases", description = "Cases opened on a fresh database and kept open, then listed page by"
      + " page and taken through a day, to see them run in the heap given (e.g. java -Xmx1g; default ${DEFAULT-VALUE}:"
      + " skip).")
  int openCases = 0;

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
    List<String> history;
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
      history = fill(relance, tag, terms, config.getInt("relance.cases.tag-count"), table);
      // the cases answered cold after the restart get their key now, as a case of that age has it
      send(relance, history.subList(0, Math.min(coldCases, history.size())), id -> CaseCommand.Get::new);
    } finally {
      relance.stop();
    }

    long starting = System.nanoTime();
    Relance again = Relance.start(config);
    try {
      awaitReady(again);
      double ready = (System.nanoTime() - starting) / 1e9;
      System.out.printf("restart: ready (/health/ready answers 200) %.1f s after the start, %d events in the journal%n",
          ready, journalEventCount(again));
      table.add("restart to ready, " + String.format(java.util.Locale.ROOT, "%,d", journalEventCount(again))
          + " events in the journal", "%.1f s", ready);
      long start = System.nanoTime();
      send(again, List.of(tag + "-big"), id -> CaseCommand.Get::new);
      double recovered = (System.nanoTime() - start) / 1e6;
      System.out.printf("recovery: one case of %d events answered %.0f ms after a restart (snapshot every %d)%n",
          recoverEvents + 1, recovered, config.getInt("relance.cases.snapshot-every"));
      table.add("one case of " + (recoverEvents + 1) + " events, first answer after a restart", "%.0f ms", recovered);
      List<String> cold = history.isEmpty() ? IntStream.range(0, cases).mapToObj(i -> tag + "-" + i).toList()
          : history.subList(0, Math.min(coldCases, history.size()));
      long wake = System.nanoTime();
      send(again, cold, id -> CaseCommand.Get::new);
      double coldMillis = (System.nanoTime() - wake) / 1e6;
      System.out.printf("first answer of %d cold cases (%d events each): %.0f ms in all%n", cold.size(), eventsPerCase,
          coldMillis);
      table.add("first answers of " + cold.size() + " cold cases (" + eventsPerCase + " events each)", "%.0f ms in all",
          coldMillis);
      long heapBefore = ManyCasesPass.usedHeapAfterGc();
      send(again, idleIds(tag), id -> CaseCommand.Get::new);
      long heapAfter = ManyCasesPass.usedHeapAfterGc();
      double perCase = (heapAfter - heapBefore) / 1024.0 / idleCases;
      String measure = "heap per 10,000 idle cases in memory (after a full GC, " + idleCases + " woken)";
      if (perCase > 0) {
        System.out.printf("memory: about %.1f KB of heap per idle case in memory (%d cases woken)%n", perCase, idleCases);
        table.add(measure, "%.0f MB", perCase * 10_000 / 1024);
      } else {
        System.out.printf("memory: %d idle cases woken changed the heap less than the collector's own noise%n", idleCases);
        table.add(measure, "not measurable: wake more cases (--idle-cases)");
      }
    } finally {
      again.stop();
    }
    if (dueCases > 0) {
      Path dayDir = Files.createTempDirectory("relance-bench-day");
      var dayConfig = serviceConfig(dayDir);
      Relance busy = Relance.start(dayConfig);
      try {
        new WakeUpPass(busy, BENCH_TOKEN, table, writeRate).run(dueCases, 8, LocalDate.of(2026, 12, 1));
      } finally {
        busy.stop();
      }
      if (DatabaseConfig.kind(dayConfig) == DatabaseConfig.Kind.H2) {
        long compacted = DatabaseSize.compactedH2(DatabaseConfig.url(dayConfig), dayConfig.getString("relance.db.user"),
            dayConfig.getString("relance.db.password"), dayDir.resolve("relance.mv.db"));
        System.out.printf("storage: the H2 file of the busy day's %d cases, compacted: %.1f MB%n", dueCases,
            compacted / 1048576.0);
        table.add("storage per case after its first letter (the H2 file compacted / cases)", "%.0f KB",
            compacted / 1024.0 / dueCases);
      }
    }
    if (openCases > 0) {
      Relance many = Relance.start(serviceConfig(Files.createTempDirectory("relance-bench-many")));
      try {
        new ManyCasesPass(many, BENCH_TOKEN, table, parallelism).run(openCases, terms);
      } finally {
        many.stop();
      }
    }
    table.print(DatabaseConfig.kind(config) + " (" + DatabaseConfig.url(config).replaceAll(";.*|\\?.*", "") + ")");
    return 0;
  }

  /**
   * Fills the journal: {@code --history-events} written through the journal plugin as cases of
   * {@code --events} events, timed with the read sides folding them; then copies of those cases
   * (their rows under new case ids, untagged: history the read sides have folded already) up to
   * {@code --journal-events} in all. Returns the cases written and copied.
   */
  private List<String> fill(Relance relance, String tag, CaseTerms terms, int tagCount, BenchTable table) {
    int seeded = (int) (Math.min(historyEvents, Math.max(0, journalEvents - journalEventCount(relance))) / eventsPerCase);
    if (seeded == 0) {
      return List.of();
    }
    long start = System.nanoTime();
    List<String> ids = JournalSeeder.seed(relance, tag + "-history", seeded, eventsPerCase, parallelism, terms, debtor(),
        invoices(), tagCount);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("history: %d cases x %d events written in %.1f s (%.0f events/s, one atomic write per case)%n",
        seeded, eventsPerCase, seconds, (double) seeded * eventsPerCase / seconds);
    long folding = System.nanoTime();
    relance.time().readSidesCaughtUp().toCompletableFuture().join();
    double folded = (System.nanoTime() - folding) / 1e9;
    System.out.printf("read sides: the history folded %.1f s after it was written%n", folded);
    table.add("a history written through the journal (" + seeded * (long) eventsPerCase + " events, 100 a case),"
        + " folded by the read sides", "%.0f events/s", seeded * (double) eventsPerCase / (seconds + folded));
    List<String> all = new java.util.ArrayList<>(ids);
    long copying = System.nanoTime();
    for (int copy = 1; journalEventCount(relance) < journalEvents; copy++) {
      all.addAll(JournalSeeder.copy(relance.dataSource(), ids, "-copy" + copy));
    }
    System.out.printf("history: copied to %d events in the journal in %.1f s%n", journalEventCount(relance),
        (System.nanoTime() - copying) / 1e9);
    java.util.Collections.shuffle(all, new java.util.Random(1));
    return all;
  }

  private static long journalEventCount(Relance relance) {
    try (var c = relance.dataSource().getConnection(); var st = c.createStatement();
         var rs = st.executeQuery("SELECT COUNT(*) FROM event_journal")) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot count the journal's events: " + e.getMessage(), e);
    }
  }

  /** Waits until {@code GET /health/ready} answers 200 (every read side running, the node an Up member). */
  private static void awaitReady(Relance relance) throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var ready = java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + relance.httpPort() + "/health/ready")).build();
    while (http.send(ready, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
      Thread.sleep(20);
    }
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
    send(relance, ids, parallelism, command);
  }

  /** Asks each case its command, {@code parallelism} at a time; returns when all have answered. */
  static void send(Relance relance, List<String> ids, int parallelism,
                   Function<String, Function<ActorRef<CaseReply>, CaseCommand>> command) {
    Source.from(ids)
        .mapAsyncUnordered(parallelism, id -> relance.cases().ask(id, command.apply(id)))
        .runWith(Sink.ignore(), relance.system())
        .toCompletableFuture().join();
  }

  static Debtor debtor() {
    return new Debtor("Bench SARL", DebtorType.BUSINESS, "SARL", null, null, null, null, Language.FR,
        ZoneId.of("Europe/Paris"));
  }

  static List<Invoice> invoices() {
    return List.of(new Invoice("B-1", Money.of("1000.00", "EUR"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
  }

}
