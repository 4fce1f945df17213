package org.relance.imports;

import com.typesafe.config.Config;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.stream.javadsl.Sink;
import org.apache.pekko.stream.javadsl.Source;
import org.relance.gateway.CaseGateway;
import org.relance.business.BusinessProfile;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs invoice imports for every face (the API, the admin page, the owner's chat): checks the rows,
 * records the import, then brings each debtor's case up to the ledger, a bounded number of debtors at
 * a time ({@code relance.imports.parallelism}), never waiting inside an actor. Progress is saved and
 * reported every {@code relance.imports.progress-interval}; an import a stopped process left running
 * reads as interrupted after the restart.
 */
public final class Imports {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Imports.class);
  /** The currency of a ledger without a currency column. */
  private static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");

  /** Why an import cannot start: no such business, or a required column no header feeds. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  private final ActorSystem<?> system;
  private final CaseGateway cases;
  private final ImportStore store;
  private final Clock clock;
  private final Executor blocking;
  private final int parallelism;
  private final Duration progressEvery;

  public Imports(Config config, ActorSystem<?> system, CaseGateway cases, ImportStore store, Clock clock,
                 Executor blocking) {
    this.system = system;
    this.cases = cases;
    this.store = store;
    this.clock = clock;
    this.blocking = blocking;
    this.parallelism = config.getInt("relance.imports.parallelism");
    this.progressEvery = config.getDuration("relance.imports.progress-interval");
    if (parallelism < 1 || parallelism > 256) {
      throw new IllegalArgumentException("relance.imports.parallelism must be from 1 to 256, not " + parallelism);
    }
    int interrupted = store.markInterrupted(clock.instant());
    if (interrupted > 0) {
      log.warn("{} import(s) were running when the service stopped: marked interrupted (import the file again)",
          interrupted);
    }
  }

  /** The business's profile, if it exists. */
  public CompletionStage<Optional<BusinessProfile>> profile(String businessId) {
    return cases.profile(businessId);
  }

  /** The import's status, if it exists. */
  public CompletionStage<Optional<ImportStatus>> status(String importId) {
    return CompletableFuture.supplyAsync(() -> store.status(importId), blocking);
  }

  /**
   * Starts importing the ledger for the business; completes with the first status (rows already
   * refused counted) once the import is recorded, then goes on in the background, telling
   * {@code progress} how far it got now and then and once at the end. A whole ledger's absent invoices
   * count as paid; a single invoice (an e-invoice) leaves the others alone. Fails with {@link Refused}.
   */
  public CompletionStage<ImportStatus> start(String businessId, String source, LedgerTable table,
                                             ColumnMapping mapping, boolean wholeLedger,
                                             Consumer<ImportStatus> progress) {
    if (!mapping.missing().isEmpty()) {
      return CompletableFuture.failedFuture(new Refused("no column gives "
          + mapping.missing().stream().map(LedgerColumn::wire).toList()));
    }
    return profile(businessId).thenComposeAsync(profile -> {
      BusinessProfile business = profile.orElseThrow(() -> new Refused("no business " + businessId));
      LedgerRows.Checked checked = LedgerRows.check(table, mapping, DEFAULT_CURRENCY, clock);
      Tally tally = new Tally(UUID.randomUUID().toString(), businessId, source, table.rows().size(),
          checked.rejected());
      ImportStatus first = tally.status(ImportStatus.RUNNING, null);
      store.begin(first, clock.instant());
      ImportContext context = new ImportContext(cases, businessId, business, clock, store, blocking, tally);
      run(context, checked.rows(), wholeLedger, progress);
      return CompletableFuture.completedFuture(first);
    }, blocking);
  }

  private void run(ImportContext context, List<LedgerRow> rows, boolean wholeLedger, Consumer<ImportStatus> progress) {
    AtomicLong lastReport = new AtomicLong(System.nanoTime());
    CompletableFuture.supplyAsync(() -> units(context.businessId(), rows, wholeLedger), blocking)
        .thenCompose(units -> Source.from(units)
            .mapAsyncUnordered(parallelism, unit -> new DebtorImport(context, unit).run().exceptionally(failure -> {
              unit.rows().forEach(row -> context.tally().reject(new Rejection(row.line(), LedgerColumn.NUMBER,
                  "not imported: " + failure.getMessage(), Rejection.Code.NOT_IMPORTED, null)));
              return null;
            }).thenApply(x -> report(context, lastReport, progress)))
            .runWith(Sink.ignore(), system))
        .whenCompleteAsync((done, failure) -> {
          if (failure != null) {
            log.error("Import {} failed", context.tally().status(ImportStatus.FAILED, null).id(), failure);
          }
          ImportStatus last = context.tally().status(failure == null ? ImportStatus.DONE : ImportStatus.FAILED,
              failure == null ? null : "the import stopped; import the same file again to finish it");
          store.save(last, clock.instant());
          progress.accept(last);
        }, blocking);
  }

  /** Saves and reports the progress when the last report is older than the interval. */
  private boolean report(ImportContext context, AtomicLong lastReport, Consumer<ImportStatus> progress) {
    long now = System.nanoTime();
    long last = lastReport.get();
    if (now - last >= progressEvery.toNanos() && lastReport.compareAndSet(last, now)) {
      ImportStatus status = context.tally().status(ImportStatus.RUNNING, null);
      CompletableFuture.runAsync(() -> {
        store.save(status, null);
        progress.accept(status);
      }, blocking);
    }
    return true;
  }

  /** The rows by debtor, each with its case and the invoices an earlier import knew that the file no longer has. */
  private List<DebtorImport.Unit> units(String businessId, List<LedgerRow> rows, boolean wholeLedger) {
    Map<String, ImportStore.KnownInvoice> known = store.invoices(businessId);
    Map<String, String> debtorCases = store.debtorCases(businessId);
    Map<String, String> openByName = new java.util.HashMap<>();
    store.openCasesByName(businessId).forEach((name, caseId) -> openByName.putIfAbsent(LedgerRow.nameKey(name), caseId));
    Map<String, List<LedgerRow>> byDebtor = new LinkedHashMap<>();
    rows.forEach(row -> byDebtor.computeIfAbsent(row.debtorKey(), k -> new ArrayList<>()).add(row));
    java.util.Set<String> inFile = new java.util.HashSet<>();
    rows.forEach(row -> inFile.add(row.number()));
    Map<String, List<ImportStore.KnownInvoice>> absent = new LinkedHashMap<>();
    known.values().stream().filter(k -> wholeLedger && !inFile.contains(k.number()) && k.remaining().signum() > 0)
        .forEach(k -> absent.computeIfAbsent(k.debtorKey(), d -> new ArrayList<>()).add(k));
    List<DebtorImport.Unit> units = new ArrayList<>();
    byDebtor.forEach((key, debtorRows) -> units.add(new DebtorImport.Unit(key, debtorRows,
        debtorCases.getOrDefault(key, openByName.get(LedgerRow.nameKey(debtorRows.get(0).client()))),
        absent.getOrDefault(key, List.of()), known)));
    absent.forEach((key, invoices) -> {
      if (!byDebtor.containsKey(key)) {
        units.add(new DebtorImport.Unit(key, List.of(), debtorCases.get(key), invoices, known));
      }
    });
    return units;
  }
}
