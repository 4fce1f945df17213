package org.relance.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/cases/{id}/calls}: a call logged through the API records what the chat's call sheet
 * records (a promise taken by phone with the owner as its source, a dispute, a wrong number, nobody
 * answering), once per idempotency key; bad input gets a 400 naming the field and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallApiTest {

  private TestService service;
  private String business;

  @BeforeAll
  void start(@TempDir Path dir) {
    service = TestService.start(dir);
    business = service.createBusiness();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void aPromiseTakenByPhoneIsRecordedOncePerKey() {
    String caseId = service.createCase(business, "2026-11-13");
    String body = "{\"outcome\": \"promised\", \"promisedOn\": \"2026-12-20\", \"amount\": 300, "
        + "\"note\": \"virement avant Noël\"}";
    var first = service.post("/api/cases/" + caseId + "/calls", body, "call-1");
    assertEquals(200, first.status(), first.body().toString());
    var promise = first.body().path("promise");
    assertEquals("2026-12-20", promise.path("date").asText());
    assertEquals(0, promise.path("amount").decimalValue().compareTo(new java.math.BigDecimal("300")));
    assertEquals("owner", promise.path("takenBy").asText());
    assertEquals("virement avant Noël", promise.path("words").asText());
    var again = service.post("/api/cases/" + caseId + "/calls", body, "call-1");
    assertEquals(200, again.status());
    long calls = countEvents(caseId, "CallLogged");
    assertEquals(1, calls, "the same key logs the call once");
  }

  @Test
  void theOtherOutcomesAreRecorded() {
    String disputed = service.createCase(business, "2026-11-13");
    var answer = service.post("/api/cases/" + disputed + "/calls",
        "{\"outcome\": \"disputed\", \"note\": \"conteste la livraison\"}", "call-2");
    assertEquals(200, answer.status(), answer.body().toString());
    assertEquals("conteste la livraison", answer.body().path("dispute").path("reason").asText());

    String wrong = service.createCase(business, "2026-11-13");
    var wrongAnswer = service.post("/api/cases/" + wrong + "/calls", "{\"outcome\": \"wrong_number\"}", "call-3");
    assertEquals(200, wrongAnswer.status());
    assertTrue(wrongAnswer.body().path("phoneWrong").asBoolean());

    String unreachable = service.createCase(business, "2026-11-13");
    assertEquals(200, service.post("/api/cases/" + unreachable + "/calls", "{\"outcome\": \"unreachable\"}",
        "call-4").status());
    assertEquals(1, countEvents(unreachable, "CallLogged"));
    assertEquals(200, service.post("/api/cases/" + unreachable + "/calls", "{\"outcome\": \"plan_requested\"}",
        "call-5").status());
  }

  @Test
  void badInputIsRefusedWithTheFieldNamedAndChangesNothing() {
    String caseId = service.createCase(business, "2026-11-13");
    assertRefused(caseId, "{}", "outcome");
    assertRefused(caseId, "{\"outcome\": \"shouted\"}", "outcome");
    assertRefused(caseId, "{\"outcome\": \"promised\"}", "promisedOn");
    assertRefused(caseId, "{\"outcome\": \"promised\", \"promisedOn\": \"2026-11-01\"}", "promiseDate");
    assertRefused(caseId, "{\"outcome\": \"promised\", \"promisedOn\": \"2126-01-01\"}", "promisedOn");
    assertRefused(caseId, "{\"outcome\": \"promised\", \"promisedOn\": \"2026-12-20\", \"amount\": -5}", "amount");
    assertRefused(caseId, "{\"outcome\": \"promised\", \"promisedOn\": \"2026-12-20\", \"amount\": 999999}", "amount");
    assertRefused(caseId, "{\"outcome\": \"unreachable\", \"promisedOn\": \"2026-12-20\"}", "promisedOn");
    assertRefused(caseId, "{\"outcome\": \"disputed\", \"note\": \"" + "x".repeat(5000) + "\"}", "note");
    assertEquals(0, countEvents(caseId, "CallLogged"));
    assertEquals(404, service.post("/api/cases/nobody/calls", "{\"outcome\": \"unreachable\"}", "k").status());
  }

  private void assertRefused(String caseId, String body, String field) {
    var answer = service.post("/api/cases/" + caseId + "/calls", body, "bad-" + body.hashCode());
    assertEquals(400, answer.status(), body + " -> " + answer.body());
    assertTrue(answer.body().toString().contains(field), body + " -> " + answer.body());
  }

  private long countEvents(String caseId, String type) {
    var journal = service.get("/api/cases/" + caseId + "/journal").body();
    return journal.toString().split("\"" + type + "\"", -1).length - 1;
  }
}
