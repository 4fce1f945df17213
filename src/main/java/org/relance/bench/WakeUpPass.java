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
    long sizeBefore = DatabaseSize.bytes(relance.dataSource());
    LocalDate today = relance.time().clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
    long days = ChronoUnit.DAYS.between(today, dueDate) + 16;
    DayTimes slowest = new DayTimes(0, 0);
    long walking = System.nanoTime();
    for (int day = 1; day <= days; day++) {
      DayTimes took = timeDay(business, cases);
      if (took.done() > 1) {
        System.out.printf("  day %s: every case's step recorded at %.1f s, the day done (letters rendered and stored,"
            + " read sides caught up) at %.1f s%n", today.plusDays(day), took.stepsRecorded(), took.done());
      }
      slowest = took.done() > slowest.done() ? took : slowest;
    }
    System.out.printf("wake-up pass: %d cases due %s walked through %d days (pre-due, friendly, first letter) in"
        + " %.1f s; the busiest day took %.1f s%n", cases, dueDate, days, (System.nanoTime() - walking) / 1e9,
        slowest.done());
    table.add("the busiest day: " + cases + " cases reach their first letter: every step recorded", "%.1f s",
        slowest.stepsRecorded());
    table.add("the same day: every letter rendered and stored, read sides caught up", "%.1f s", slowest.done());
    table.add("storage per case after its first letter (database growth / cases; H2: before compaction)", "%.0f KB",
        (DatabaseSize.bytes(relance.dataSource()) - sizeBefore) / 1024.0 / cases);
  }

  /** When every case of the business had moved to its next stage, and when the day was done (seconds). */
  private record DayTimes(double stepsRecorded, double done) {}

  /**
   * Moves the clock one day, watching the business's cases in the read side: the step of a case is
   * recorded (and on the list) first, its letter rendered after, off the case's path.
   */
  private DayTimes timeDay(String business, int cases) throws Exception {
    String before = stageOfAll(business);
    long started = System.nanoTime();
    var advance = relance.time().advance(Duration.ofDays(1)).toCompletableFuture();
    double stepsRecorded = -1;
    while (!advance.isDone()) {
      if (stepsRecorded < 0 && before != null && movedOn(business, before) == cases) {
        stepsRecorded = (System.nanoTime() - started) / 1e9;
      }
      Thread.sleep(50);
    }
    advance.get();
    double done = (System.nanoTime() - started) / 1e9;
    return new DayTimes(stepsRecorded < 0 ? done : stepsRecorded, done);
  }

  /** The stage every case of the business is at, if they are all at the same one. */
  private String stageOfAll(String business) throws java.sql.SQLException {
    try (var c = relance.dataSource().getConnection();
         var st = c.prepareStatement("SELECT MIN(stage), MAX(stage) FROM case_summary WHERE business_id = ?")) {
      st.setString(1, business);
      try (var rs = st.executeQuery()) {
        return rs.next() && rs.getString(1) != null && rs.getString(1).equals(rs.getString(2)) ? rs.getString(1) : null;
      }
    }
  }

  private long movedOn(String business, String stage) throws java.sql.SQLException {
    try (var c = relance.dataSource().getConnection();
         var st = c.prepareStatement("SELECT COUNT(*) FROM case_summary WHERE business_id = ? AND stage <> ?")) {
      st.setString(1, business);
      st.setString(2, stage);
      try (var rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
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
