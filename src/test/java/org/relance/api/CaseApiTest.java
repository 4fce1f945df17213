package org.relance.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The JSON API against the real service on H2 (and, in a subclass, PostgreSQL) with the simulated clock. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseApiTest {

  /** The database settings of this run: none for the default H2 file. */
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

  @Test
  void aCaseClimbsTheLadderOnTheDaysOfTheDomainVisibleRightAfterTheClockMoves() {
    String id = service.createCase(businessId, "2026-12-10");
    // 2026-11-23 08:00Z; each line: days to move, then the expected stage on that Paris day
    Object[][] walk = {
        {9, "not_due"},            // 12-02
        {1, "pre_due"},            // 12-03
        {8, "friendly"},           // 12-11
        {14, "first_letter"},      // 12-25
        {15, "warning_letter"},    // 2027-01-09
        {15, "formal_notice"},     // 01-24
        {15, "handover"}};         // 02-08
    for (Object[] step : walk) {
      var moved = service.advanceDays((Integer) step[0]);
      assertEquals(200, moved.status(), moved.toString());
      var view = service.get("/api/cases/" + id);
      assertEquals(step[1], view.text("stage"), "on " + moved.text("now"));
      var listed = service.get("/api/cases?businessId=" + businessId + "&stage=" + step[1]);
      assertTrue(listed.body().findValuesAsText("id").contains(id), "the summary list shows it at once");
    }
    var journal = service.get("/api/cases/" + id + "/journal").body();
    List<String> stages = new ArrayList<>();
    journal.forEach(e -> {
      if (e.path("type").asText().equals("StepReached")) {
        stages.add(e.path("data").path("stage").asText() + "@" + e.path("time").asText().substring(0, 10));
      }
    });
    assertEquals(List.of("pre_due@2026-12-02", "due@2026-12-09", "friendly@2026-12-10", "first_letter@2026-12-24",
        "warning_letter@2027-01-08", "formal_notice@2027-01-23", "handover@2027-02-07"), stages,
        "each step at 00:00 Paris time, i.e. 23:00Z the day before");
    assertEquals(1, journal.get(0).path("sequenceNr").asInt());
    assertEquals("CaseOpened", journal.get(0).path("type").asText());
  }

  @Test
  void badInputIsRefusedWithTheFieldNamedAndNothingWritten() {
    String base = """
        {"businessId": "%s", "debtor": {"name": "X", "type": "consumer"},
         "invoices": [{"number": "1", "amount": %s, "currency": "%s", "issueDate": "2026-11-01", "dueDate": "%s"}]}""";
    assertRefused(service.post("/api/cases", base.formatted(businessId, "-5", "EUR", "2026-12-01")),
        "invoices[0].amount");
    assertRefused(service.post("/api/cases", base.formatted(businessId, "0", "EUR", "2026-12-01")),
        "invoices[0].amount");
    assertRefused(service.post("/api/cases", base.formatted(businessId, "10", "EUR", "2026-10-01")),
        "invoices[0].dueDate");
    assertRefused(service.post("/api/cases", base.formatted(businessId, "10", "ZZZ", "2026-12-01")),
        "invoices[0].currency");
    assertRefused(service.post("/api/cases", base.formatted("nope", "10", "EUR", "2026-12-01")), "businessId");
    assertEquals(400, service.post("/api/cases", "{not json").status());
    assertRefused(service.post("/api/cases", """
        {"businessId": "%s", "debtor": {"name": "X", "type": "consumer"}, "priorReminders": [{"stage": "sideways",
         "date": "2026-11-01"}], "invoices": []}""".formatted(businessId)), "priorReminders[0].stage");
    assertRefused(service.post("/api/cases", """
        {"businessId": "%s", "debtor": {"name": "X", "type": "alien"}, "invoices": []}""".formatted(businessId)),
        "debtor.type");
    assertEquals(400, service.get("/api/cases?stage=sideways").status());
    assertRefused(service.get("/api/cases?status=asleep"), "status");
    assertRefused(service.get("/api/cases?profile=rich"), "profile");
  }

  private static void assertRefused(TestService.Answer answer, String field) {
    assertEquals(400, answer.status(), answer.toString());
    assertEquals(field, answer.text("field"), answer.toString());
  }

  @Test
  void unknownCasesAre404AndRefusedCommands409() {
    assertEquals(404, service.get("/api/cases/no-such-case").status());
    assertEquals(404, service.post("/api/cases/no-such-case/resume", "").status());
    String id = service.createCase(businessId, "2026-12-20");
    assertEquals(409, service.post("/api/cases/" + id + "/resume", "").status(), "not paused");
    assertEquals(200, service.post("/api/cases/" + id + "/payments",
        "{\"amount\": 1200.50, \"date\": \"2026-11-23\", \"method\": \"transfer\"}").status());
    var closed = service.get("/api/cases/" + id);
    assertEquals("closed", closed.text("status"));
    assertEquals("paid", closed.text("closure"));
    var refused = service.post("/api/cases/" + id + "/payments", "{\"amount\": 1, \"date\": \"2026-11-23\"}");
    assertEquals(409, refused.status());
    assertTrue(refused.text("error").contains("closed"));
  }

  @Test
  void aRetriedPaymentWithTheSameIdempotencyKeyIsRecordedOnce() {
    String id = service.createCase(businessId, "2026-12-20");
    String body = "{\"amount\": 100, \"date\": \"2026-11-23\"}";
    assertEquals(200, service.post("/api/cases/" + id + "/payments", body, "pay-1").status());
    var again = service.post("/api/cases/" + id + "/payments", body, "pay-1");
    assertEquals(200, again.status());
    assertEquals("1100.5", again.body().path("balance").asText());
    assertEquals(1, again.body().path("payments").size());
  }

  @Test
  void changedBusinessSettingsReachItsOpenCases() throws Exception {
    String business = service.createBusiness();
    String id = service.createCase(business, "2026-10-04"); // 50 days overdue: friendly now, first letter in 7 days
    assertEquals("2026-11-29T23:00:00Z", service.get("/api/cases/" + id).body().path("nextStep").path("dueAt").asText());
    var changed = service.raw(java.net.http.HttpRequest.newBuilder(service.uri("/api/businesses/" + business))
        .header("Authorization", "Bearer " + TestService.TOKEN).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
            "{\"name\": \"Atelier Dupont\", \"timezone\": \"Europe/Paris\", \"ladderOverrides\": {\"minimum-gap-days\": 10}}")));
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("2026-12-02T23:00:00Z", service.get("/api/cases/" + id).body().path("nextStep").path("dueAt").asText(),
        "the first letter now keeps a 10-day gap");
  }

  @Test
  void theApiNeedsTheBearerToken() throws Exception {
    var anonymous = service.raw(java.net.http.HttpRequest.newBuilder(service.uri("/api/cases")).GET());
    assertEquals(401, anonymous.status());
    var health = service.raw(java.net.http.HttpRequest.newBuilder(service.uri("/health")).GET());
    assertEquals(200, health.status());
  }
}
