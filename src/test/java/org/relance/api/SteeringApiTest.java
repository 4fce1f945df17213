package org.relance.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner marks a customer important and accepts a course through the API: the case says how its ladder
 * is steered and its next letter moves (its offset 14 days later for an important customer, 21 with a plan); bad
 * input is refused with the field named and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteeringApiTest {

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

  private Instant nextLetter(String caseId) {
    var view = service.get("/api/cases/" + caseId).body();
    assertEquals("first_letter", view.path("nextStep").path("stage").asText(), view.toString());
    return Instant.parse(view.path("nextStep").path("dueAt").asText());
  }

  @Test
  void anImportantCustomerAndAChosenCourseMoveTheNextLetter() {
    String caseId = service.createCase(business, "2026-11-13");
    Instant standard = nextLetter(caseId);
    assertEquals("standard", service.get("/api/cases/" + caseId).body().path("steering").asText());

    assertEquals(200, service.post("/api/cases/" + caseId + "/important", "{\"important\": true}").status());
    var important = service.get("/api/cases/" + caseId).body();
    assertTrue(important.path("important").asBoolean());
    assertEquals("gentle", important.path("steering").asText());
    // standard: 13 Nov + 15 = 28 Nov, held to 30 Nov by the 7-day gap after the friendly step of 23 Nov;
    // gentle: 28 Nov + 14 = 12 Dec, 12 days after the standard day
    assertEquals(Duration.ofDays(12), Duration.between(standard, nextLetter(caseId)));

    assertEquals(200, service.post("/api/cases/" + caseId + "/course", "{\"course\": \"plan\"}").status());
    assertEquals("plan", service.get("/api/cases/" + caseId).body().path("steering").asText(), "a course wins");
    assertEquals(Duration.ofDays(19), Duration.between(standard, nextLetter(caseId)), "28 Nov + 21 = 19 Dec");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    String caseId = service.createCase(business, "2026-11-13");
    var missing = service.post("/api/cases/" + caseId + "/important", "{}");
    assertEquals(400, missing.status());
    assertTrue(missing.body().toString().contains("important"), missing.body().toString());
    var unknown = service.post("/api/cases/" + caseId + "/course", "{\"course\": \"harsh\"}");
    assertEquals(400, unknown.status());
    assertEquals("standard", service.get("/api/cases/" + caseId).body().path("steering").asText());
  }
}
