package org.relance.readside;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One event the projections cannot handle stops nothing: it is parked and counted, later cases are listed, the
 * clock moves, and /health tells a failing projection (503, with its lag) from parked events (200).
 * On H2 (and, in a subclass, PostgreSQL).
 */
class ParkedEventTest {

  /** The database settings of this run: none for the default H2 file. */
  protected Map<String, Object> databaseSettings() {
    return Map.of();
  }

  private Map<String, Object> settings(Map<String, Object> extra) {
    Map<String, Object> all = new HashMap<>(databaseSettings());
    all.put("relance.read-side.retries", 1);
    all.put("relance.read-side.retry-delay", "50ms");
    all.put("relance.read-side.catch-up-timeout", "5s");
    all.put("pekko.projection.restart-backoff.min-backoff", "500ms");
    all.put("pekko.projection.restart-backoff.max-backoff", "1s");
    all.putAll(extra);
    return all;
  }

  /**
   * A case whose invoice the read side refuses. The API and the entity no longer let an
   * impossible value in, so the read side's table is made to refuse one invoice number, as it
   * would refuse an event journaled before today's limits.
   */
  static String createBadCase(TestService service, String businessId) throws Exception {
    try (Connection c = service.relance().dataSource().getConnection(); var st = c.createStatement()) {
      st.execute("ALTER TABLE case_invoice_summary ADD CONSTRAINT test_refused_invoice"
          + " CHECK (invoice_number <> 'REFUSED-BY-READ-SIDE')");
    }
    TestService.Answer created = service.post("/api/cases", """
        {"businessId": "%s", "debtor": {"name": "Garage Leroy", "type": "business",
         "address": {"street": "1 rue Haute", "postcode": "69003", "city": "Lyon"}},
         "invoices": [{"number": "REFUSED-BY-READ-SIDE", "amount": 80, "currency": "EUR",
                       "issueDate": "2026-11-01", "dueDate": "2026-12-01"}]}""".formatted(businessId));
    assertEquals(201, created.status(), "the API and the case take the invoice: " + created);
    return created.text("id");
  }

  @Test
  void oneBadEventIsParkedAndTheReadSideGoesOn(@TempDir Path dataDir) throws Exception {
    try (TestService service = TestService.start(dataDir, settings(Map.of()))) {
      String businessId = service.createBusiness();
      String bad = createBadCase(service, businessId);
      String good = service.createCase(businessId, "2026-12-10");
      TestService.Answer moved = service.advanceDays(32);
      assertEquals(200, moved.status(), "the clock moves: " + moved);
      JsonNode listed = service.get("/api/cases?businessId=" + businessId).body();
      assertTrue(listed.findValuesAsText("id").contains(good), "the later case is listed: " + listed);
      assertEquals("first_letter", service.get("/api/cases/" + good).text("stage"));
      assertEquals(200, service.get("/api/cases/" + bad).status(), "the case itself still answers");
      TestService.Answer health = service.get("/health");
      assertEquals(200, health.status(), "parked events alone are not unhealthy: " + health);
      assertTrue(health.body().path("parked").asLong() >= 1, health.toString());
      assertTrue(health.body().path("readSides").path(CaseReadSide.NAME).path("parked").asLong() >= 1,
          health.toString());
      assertEquals("running", health.body().path("readSides").path(CaseReadSide.NAME).path("state").asText());
      assertEquals(0, health.body().path("readSides").path(CaseReadSide.NAME).path("lag").asLong());
    }
  }

  @Test
  void healthIs503WithTheLagWhileAProjectionFailsAndStartUpDoesNotWaitForIt(@TempDir Path dataDir) throws Exception {
    Map<String, Object> settings = settings(Map.of());
    String businessId;
    try (TestService service = TestService.start(dataDir, settings)) {
      businessId = service.createBusiness();
      refuseParking(service, true);
      createBadCase(service, businessId);
      TestService.Answer failing = awaitHealth(service, answer -> answer.status() == 503
          && answer.body().path("readSides").path(CaseReadSide.NAME).path("state").asText().equals("failing"));
      assertTrue(failing.body().path("readSides").path(CaseReadSide.NAME).path("lag").asLong() >= 1, failing.toString());
    }
    // restarted with the bad event still pending (and still impossible to park): start-up does not wait
    long started = System.nanoTime();
    try (TestService service = TestService.start(dataDir, settings)) {
      assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60, "start-up took too long");
      awaitHealth(service, answer -> answer.status() == 503); // the read side fails again, once it tried
      refuseParking(service, false);
      awaitHealth(service, answer -> answer.status() == 200);
      String good = service.createCase(businessId, "2026-12-10");
      assertEquals(200, service.advanceDays(1).status());
      assertTrue(service.get("/api/cases?businessId=" + businessId).body().findValuesAsText("id").contains(good));
    }
  }

  /** The database refuses (or takes again) every parked event: a projection that cannot park fails. */
  private static void refuseParking(TestService service, boolean refuse) throws Exception {
    try (Connection c = service.relance().dataSource().getConnection(); var st = c.createStatement()) {
      st.execute(refuse ? "ALTER TABLE relance_parked_event ADD CONSTRAINT test_no_parking CHECK (sequence_nr < 0)"
          : "ALTER TABLE relance_parked_event DROP CONSTRAINT test_no_parking");
    }
  }

  private static TestService.Answer awaitHealth(TestService service, Predicate<TestService.Answer> expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    TestService.Answer last = null;
    while (System.nanoTime() < deadline) {
      last = service.get("/health");
      if (expected.test(last)) {
        return last;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("/health never answered as expected; last: " + last);
  }
}
