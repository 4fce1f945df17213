package org.relance.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.relance.app.Relance;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseTerms;
import org.relance.limits.InputLimits;

/**
 * Owns the bench of a large book of open cases in a bounded heap: opens the cases through the
 * entities, lists them all through {@code GET /api/cases} page by page, takes them through a day of
 * the simulated clock, and reports the heap in use after a full collection, so that a run under
 * {@code java -Xmx1g} shows whether that many cases fit (cases in memory are bounded by
 * {@code relance.cases.in-memory-limit}; the read sides and the list are paged).
 */
final class ManyCasesPass {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"?next\"?");

  private final Relance relance;
  private final String token;
  private final BenchTable table;
  private final int parallelism;
  private final HttpClient http = HttpClient.newHttpClient();

  ManyCasesPass(Relance relance, String token, BenchTable table, int parallelism) {
    this.relance = relance;
    this.token = token;
    this.table = table;
    this.parallelism = parallelism;
  }

  void run(int cases, CaseTerms terms) throws Exception {
    List<String> ids = IntStream.range(0, cases).mapToObj(i -> "open-" + i).toList();
    long opening = System.nanoTime();
    BenchCommand.send(relance, ids, parallelism, id -> r -> new CaseCommand.Open(terms, BenchCommand.debtor(),
        BenchCommand.invoices(), List.of(), null, r));
    double opened = (System.nanoTime() - opening) / 1e9;
    relance.time().readSidesCaughtUp().toCompletableFuture().join();
    double folded = (System.nanoTime() - opening) / 1e9;
    long listing = System.nanoTime();
    long listed = listAll();
    double listedIn = (System.nanoTime() - listing) / 1e9;
    long day = System.nanoTime();
    relance.time().advance(Duration.ofDays(1)).toCompletableFuture().join();
    double dayIn = (System.nanoTime() - day) / 1e9;
    long heap = usedHeapAfterGc();
    long max = Runtime.getRuntime().maxMemory();
    System.out.printf("open cases: %d opened in %.1f s (%.0f cases/s; read sides caught up at %.1f s), %d listed in"
        + " %.1f s (%d a page), a day in %.1f s; heap in use after a full GC %d MB of %d MB%n", cases, opened,
        cases / opened, folded, listed, listedIn, InputLimits.LIST_PAGE, dayIn, heap >> 20, max >> 20);
    if (listed != cases) {
      throw new IllegalStateException("the list gave " + listed + " cases, not " + cases);
    }
    table.add(String.format(java.util.Locale.ROOT, "%,d open cases, max heap %d MB: opened, listed through the API,"
        + " a day", cases, max >> 20), "%.0f cases/s, listed in %.1f s, a day in %.1f s, heap after GC %d MB",
        cases / opened, listedIn, dayIn, heap >> 20);
  }

  /** Follows the list's {@code Link: rel="next"} pages to the end; the number of cases listed. */
  private long listAll() throws Exception {
    String path = "/api/cases?limit=" + InputLimits.LIST_PAGE;
    long count = 0;
    while (path != null) {
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + relance.httpPort() + path)).header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofString());
      if (page.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + page.statusCode() + ": " + page.body());
      }
      count += JSON.readTree(page.body()).size();
      path = page.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find).map(m -> m.group(1))
          .orElse(null);
    }
    return count;
  }

  static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
