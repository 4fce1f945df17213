package org.relance.bench;

import org.relance.app.Relance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * Owns the bench of a busy day: one business opens {@code cases} cases through the JSON API, all with
 * an invoice due the same day, then the simulated clock walks day by day through their pre-due
 * reminder, friendly reminder and first letter, and each day with steps is timed until every case
 * has acted and the read sides caught up (what {@code POST /api/clock/advance} waits for).
 */
final class WakeUpPass {

  private static final String BUSINESS = """
      {"name": "Atelier Banc d'essai", "address": {"street": "1 rue du Test", "postcode": "75002",
       "city": "Paris", "country": "FR"}, "legalId": "552 100 554 00012", "signatory": "Marie Dupont",
       "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP", "language": "fr", "jurisdiction": "FR",
       "timezone": "Europe/Paris"}""";
  private static final String CASE = """
      {"businessId": "%s", "debtor": {"name": "Débiteur %d", "type": "business", "legalForm": "SARL",
       "address": {"street": "3 rue des Lilas", "postcode": "69003", "city": "Lyon"}},
       "invoices": [{"number": "F-%d", "amount": 1200.50, "currency": "EUR", "issueDate": "%s", "dueDate": "%s"}]}""";

  private final Relance relance;
  private final String token;
  private final BenchTable table;
  private final double journalWriteRate;
  private final HttpClient http = HttpClient.newHttpClient();

  /** {@code journalWriteRate}: the raw rate (events/s) the case creation rate is compared with. */
  WakeUpPass(Relance relance, String token, BenchTable table, double journalWriteRate) {
    this.relance = relance;
    this.token = token;
    this.table = table;
    this.journalWriteRate = journalWriteRate;
  }

  /** Opens the cases (timed), then walks the clock through their steps; prints one line per measure. */
  void run(int cases, int clients, LocalDate dueDate) throws Exception {
    String business = field(post("/api/businesses", BUSINESS), "id");
    long opening = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<String>> opened = new ArrayList<>();
      for (int i = 0; i < cases; i++) {
        String body = CASE.formatted(business, i, i, dueDate.minusDays(30), dueDate);
        opened.add(pool.submit(() -> post("/api/cases", body)));
      }
      for (Future<String> answer : opened) {
        answer.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - opening) / 1e9;
    System.out.printf("creation through the API: %d cases in %.1f s: %.0f cases/s (%d clients)%n", cases, seconds,
        cases / seconds, clients);
    table.add("cases opened through the API (" + clients + " clients), against the journal write rate",
        "%.0f cases/s (%.2f)", cases / seconds, cases / seconds / journalWriteRate);
    LocalDate today = relance.time().clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
    long days = ChronoUnit.DAYS.between(today, dueDate) + 16;
    double slowest = 0;
    long walking = System.nanoTime();
    for (int day = 1; day <= days; day++) {
      long started = System.nanoTime();
      relance.time().advance(Duration.ofDays(1)).toCompletableFuture().get();
      double took = (System.nanoTime() - started) / 1e9;
      if (took > 1) {
        System.out.printf("  day %s: %.1f s%n", today.plusDays(day), took);
      }
      slowest = Math.max(slowest, took);
    }
    System.out.printf("wake-up pass: %d cases due %s walked through %d days (pre-due, friendly, first letter) in"
        + " %.1f s; the busiest day took %.1f s%n", cases, dueDate, days, (System.nanoTime() - walking) / 1e9, slowest);
    table.add("the busiest day: " + cases + " cases reach their first letter (rendered and stored)", "%.1f s", slowest);
    table.add("storage per case after its first letter (database size / cases)", "%.0f KB",
        DatabaseSize.bytes(relance.dataSource()) / 1024.0 / cases);
  }

  private String post(String path, String body) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + relance.httpPort()
            + path)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 201) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  private static String field(String json, String name) throws java.io.IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path(name).asText();
  }
}
