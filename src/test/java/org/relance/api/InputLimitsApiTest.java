package org.relance.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 13, findings 2, 3 and 8: the API refuses over-long texts, huge or over-precise amounts, far
 * dates and bodies that are not JSON objects with {@code 400 {"error", "field"}}, quickly, and
 * nothing of it reaches the journal or stops a read side (on H2 and, in a subclass, PostgreSQL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputLimitsApiTest {

  private static final String FAR = "+999999999-12-31";
  private static final String ANCIENT = "0000-01-01";

  protected java.util.Map<String, Object> databaseSettings() {
    return java.util.Map.of();
  }

  private TestService service;
  private String businessId;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir, databaseSettings());
    businessId = service.createBusiness();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  private String caseBody(String debtorName, String number, String amount, String dueDate) {
    return """
        {"businessId": "%s", "debtor": {"name": "%s", "type": "business"},
         "invoices": [{"number": "%s", "amount": %s, "currency": "EUR", "issueDate": "2026-11-01",
                       "dueDate": "%s"}]}""".formatted(businessId, debtorName, number, amount, dueDate);
  }

  @Test
  void overLongTextsAndHugeAmountsAreRefusedAndLaterCasesStillAppear() {
    assertRefused(service.post("/api/cases", caseBody("X", "F".repeat(65), "10", "2026-12-01")), "invoices[0].number");
    assertRefused(service.post("/api/cases", caseBody("N".repeat(256), "F-1", "10", "2026-12-01")), "debtor.name");
    assertRefused(service.post("/api/cases", caseBody("X", "F-1", "100000000000000000", "2026-12-01")),
        "invoices[0].amount");
    assertRefused(service.post("/api/cases", caseBody("X", "F-1", "1000000000.01", "2026-12-01")), "invoices[0].amount");
    assertRefused(service.post("/api/cases", caseBody("X", "F-1", "0.001", "2026-12-01")), "invoices[0].amount");
    assertEquals(201, service.post("/api/cases", caseBody("N".repeat(255), "F".repeat(64), "1000000000", "2026-12-01"))
        .status(), "the bounds themselves are taken");
    String later = service.createCase(businessId, "2026-12-20");
    assertEquals(200, service.advanceDays(0).status(), "the clock still moves (once the read sides caught up)");
    assertTrue(service.get("/api/cases?businessId=" + businessId).body().findValuesAsText("id").contains(later),
        "the summary read side is still running");
  }

  @Test
  void anAmountWithAHugeExponentIsRefusedAtOnce() {
    long started = System.nanoTime();
    var answer = service.post("/api/cases", caseBody("X", "F-1", "1e5000000", "2026-12-01"));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertRefused(answer, "invoices[0].amount");
    assertTrue(millis < 2_000, "answered in " + millis + " ms");
    String id = service.createCase(businessId, "2026-12-20");
    started = System.nanoTime();
    assertRefused(service.post("/api/cases/" + id + "/payments", "{\"amount\": 1e5000000, \"date\": \"2026-11-23\"}"),
        "payment.amount");
    assertTrue((System.nanoTime() - started) / 1_000_000 < 2_000);
  }

  /** 999 digits pass Jackson's limit of 1,000, but two decimals make 1,001: journaled, it could not be read back. */
  @Test
  void anAmountThatWouldBeMoreThanAThousandDigitsJournaledIsRefused() {
    String digits = "1" + "0".repeat(998);
    var refused = service.post("/api/cases", caseBody("X", "F-1", digits, "2026-12-01"));
    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.text("field").startsWith("invoices[0]"), refused.toString());
    String id = service.createCase(businessId, "2026-12-20");
    assertEquals(400, service.post("/api/cases/" + id + "/promises",
        "{\"amount\": " + digits + ", \"date\": \"2026-12-01\"}").status());
    assertEquals(400, service.post("/api/cases/" + id + "/payments",
        "{\"amount\": " + digits + "0, \"date\": \"2026-11-23\"}").status(), "1,000 digits");
    var view = service.get("/api/cases/" + id).body();
    assertTrue(view.path("promise").isNull());
    assertEquals(0, view.path("payments").size());
  }

  @Test
  void farAndAncientDatesAreRefusedForPaymentsPromisesPlansPauseAndInvoices() {
    String id = service.createCase(businessId, "2026-12-20");
    for (String day : List.of(FAR, ANCIENT)) {
      assertRefused(service.post("/api/cases/" + id + "/payments", "{\"amount\": 10, \"date\": \"" + day + "\"}"),
          "date");
      assertRefused(service.post("/api/cases/" + id + "/promises", "{\"date\": \"" + day + "\"}"), "date");
      assertRefused(service.post("/api/cases/" + id + "/plans",
          "{\"installments\": [{\"date\": \"" + day + "\", \"amount\": 10}]}"), "installments[0].date");
      assertRefused(service.post("/api/cases/" + id + "/pause", "{\"until\": \"" + day + "\"}"), "until");
      assertRefused(service.post("/api/cases/" + id + "/claimed-payments", "{\"date\": \"" + day + "\"}"), "date");
      assertRefused(service.post("/api/cases/" + id + "/invoices", """
          {"number": "F-2", "amount": 10, "currency": "EUR", "issueDate": "2026-11-01", "dueDate": "%s"}"""
          .formatted(day)), "invoice.dueDate");
      assertRefused(service.post("/api/cases", caseBody("X", "F-1", "10", day)), "invoices[0].dueDate");
    }
    assertRefused(service.post("/api/cases/" + id + "/payments", "{\"amount\": 10, \"date\": \"2026-12-25\"}"), "date");
    var view = service.get("/api/cases/" + id).body();
    assertTrue(view.path("promise").isNull());
    assertEquals(0, view.path("payments").size());
    assertEquals("open", view.path("status").asText(), "the case still answers");
  }

  @Test
  void theClaimDateIsBounded() {
    String id = service.createCase(businessId, "2026-12-20");
    long started = System.nanoTime();
    assertRefused(service.get("/api/cases/" + id + "/claim?date=" + FAR.replace("+", "%2B")), "date");
    assertRefused(service.get("/api/cases/" + id + "/claim?date=" + ANCIENT), "date");
    assertTrue((System.nanoTime() - started) / 1_000_000 < 2_000);
    assertEquals(200, service.get("/api/cases/" + id + "/claim?date=2027-03-01").status());
  }

  @Test
  void aBodyThatIsNotAJsonObjectIs400OnEveryPostRoute() {
    String id = service.createCase(businessId, "2026-12-20");
    List<String> routes = List.of("/api/businesses", "/api/cases", "/api/clock/advance",
        "/api/cases/" + id + "/invoices", "/api/cases/" + id + "/payments", "/api/cases/" + id + "/promises",
        "/api/cases/" + id + "/plans", "/api/cases/" + id + "/claimed-payments",
        "/api/cases/" + id + "/claimed-payments/confirm", "/api/cases/" + id + "/disputes",
        "/api/cases/" + id + "/disputes/resolve", "/api/cases/" + id + "/pause",
        "/api/cases/" + id + "/delay-reasons", "/api/cases/" + id + "/letters/first_letter/posted");
    for (String route : routes) {
      for (String body : List.of("null", "[]", "\"text\"", "42", "true", "{\"amount\": []}")) {
        var answer = service.post(route, body);
        assertEquals(400, answer.status(), route + " " + body + ": " + answer);
        String error = answer.text("error");
        assertFalse(error.contains("org.") || error.contains("java.") || error.contains("Exception"),
            route + " " + body + " names internals: " + error);
      }
    }
  }

  @Test
  void businessSettingsAreBounded() {
    String business = """
        {"name": "%s", "timezone": "Europe/Paris", %s}""";
    assertRefused(service.post("/api/businesses", business.formatted("B".repeat(256), "\"language\": \"fr\"")), "name");
    assertRefused(service.post("/api/businesses", business.formatted("B",
        "\"address\": {\"street\": \"1 rue\", \"city\": \"%s\"}".formatted("C".repeat(201)))), "address.city");
    assertRefused(service.post("/api/businesses", business.formatted("B",
        "\"ladderOverrides\": {\"minimum-gap-days\": 2000000000}")), "ladderOverrides");
    assertRefused(service.post("/api/businesses", business.formatted("B",
        "\"ladderOverrides\": {\"first-letter-days-after\": null}")), "ladderOverrides.first-letter-days-after");
    assertRefused(service.post("/api/businesses", business.formatted("B",
        "\"planPolicy\": {\"maxInstallments\": 100000, \"maxMonths\": 12, \"minFirstPaymentPercent\": 10}")),
        "planPolicy.maxInstallments");
  }

  @Test
  void anOverLongIdempotencyKeyIsRefused() {
    assertRefused(service.post("/api/cases", caseBody("X", "F-1", "10", "2026-12-01"), "k".repeat(300)),
        "Idempotency-Key");
  }

  private static void assertRefused(TestService.Answer answer, String field) {
    assertEquals(400, answer.status(), answer.toString());
    assertEquals(field, answer.text("field"), answer.toString());
  }
}
