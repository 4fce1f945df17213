package org.relance.business;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A business's change reaches every open case: within the answer when it is quick, in the
 * background (recorded, so a restart finishes it) when the business has many cases.
 */
class TermsRefreshTest {

  private static final String CHANGED = """
      {"name": "Atelier Dupont", "address": {"street": "12 rue de la Paix", "postcode": "97200",
       "city": "Fort-de-France", "country": "FR"}, "legalId": "552 100 554 00012", "signatory": "Marie Dupont",
       "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP", "language": "fr", "jurisdiction": "FR",
       "timezone": "America/Martinique"}""";

  @Test
  void theChangeReachesEveryOpenCaseBeforeTheAnswer(@TempDir Path dataDir) {
    try (TestService service = TestService.start(dataDir)) {
      String business = service.createBusiness();
      List<String> cases = openCases(service, business, 12);
      TestService.Answer changed = put(service, business);
      assertEquals(200, changed.status(), changed.toString());
      assertFalse(changed.body().path("casesUpdating").asBoolean(), changed.toString());
      cases.forEach(id -> assertTrue(tookNewTerms(service, id), id + " has the new terms"));
    }
  }

  @Test
  void theSameChangeAgainRecordsNothingNew(@TempDir Path dataDir) {
    try (TestService service = TestService.start(dataDir)) {
      String business = service.createBusiness();
      List<String> cases = openCases(service, business, 3);
      for (int change = 0; change < 2; change++) {
        TestService.Answer changed = put(service, business);
        assertEquals(200, changed.status(), changed.toString());
        assertFalse(changed.body().path("casesUpdating").asBoolean(), changed.toString());
      }
      cases.forEach(id -> assertEquals(1, termsUpdates(service, id), id + " records its new terms once"));
    }
  }

  @Test
  void aChangeThatTakesLongerGoesOnInTheBackgroundAndAcrossARestart(@TempDir Path dataDir) throws Exception {
    List<String> cases;
    Map<String, Object> patient = Map.of("relance.clock.answer-within", "0s");
    try (TestService service = TestService.start(dataDir, patient)) {
      String business = service.createBusiness();
      cases = openCases(service, business, 12);
      TestService.Answer changed = put(service, business);
      assertEquals(200, changed.status(), changed.toString());
      assertTrue(changed.body().path("casesUpdating").asBoolean(), "answered before the cases: " + changed);
    }
    try (TestService again = TestService.start(dataDir, patient)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      for (String id : cases) {
        while (!tookNewTerms(again, id)) {
          assertTrue(System.nanoTime() < deadline, "case " + id + " never took the new terms");
          Thread.sleep(100);
        }
      }
    }
  }

  private static List<String> openCases(TestService service, String business, int count) {
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cases.add(service.createCase(business, "2026-12-1" + (i % 10)));
    }
    return cases;
  }

  private static TestService.Answer put(TestService service, String business) {
    return service.raw(HttpRequest.newBuilder(service.uri("/api/businesses/" + business))
        .header("Authorization", "Bearer " + TestService.TOKEN).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(CHANGED)));
  }

  private static long termsUpdates(TestService service, String caseId) {
    TestService.Answer journal = service.get("/api/cases/" + caseId + "/journal");
    assertEquals(200, journal.status(), journal.toString());
    int count = 0;
    for (var entry : journal.body()) {
      count += entry.path("type").asText().equals("TermsUpdated") ? 1 : 0;
    }
    return count;
  }

  /** The case's journal records the new terms (its time zone). */
  private static boolean tookNewTerms(TestService service, String caseId) {
    TestService.Answer journal = service.get("/api/cases/" + caseId + "/journal");
    assertEquals(200, journal.status(), journal.toString());
    for (var entry : journal.body()) {
      if (entry.path("type").asText().equals("TermsUpdated")) {
        return entry.toString().contains("America/Martinique");
      }
    }
    return false;
  }
}
