package org.relance.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The owner records collective proceedings through the API, downloads the declaration of claim, and lifts them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProceedingsApiTest {

  private TestService service;
  private String business;

  /** The database settings of this run: none for the default H2 file. */
  protected java.util.Map<String, Object> databaseSettings() {
    return java.util.Map.of();
  }

  @BeforeAll
  void start(@TempDir Path dir) {
    service = TestService.start(dir, databaseSettings());
    business = service.createBusiness();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void recordedProceedingsHoldTheCaseAndTheDeclarationIsAPdfUntilTheyAreLifted() throws Exception {
    String caseId = service.createCase(business, "2026-11-01");
    var held = service.post("/api/cases/" + caseId + "/proceedings",
        "{\"kind\":\"liquidation\",\"judgmentDate\":\"2026-11-20\"}");
    assertEquals(200, held.status(), held.toString());
    assertEquals("liquidation", held.body().path("proceedings").path("kind").asText());
    assertEquals("owner", held.body().path("proceedings").path("statedBy").asText());
    assertEquals("2027-01-20", held.body().path("proceedings").path("declarationDeadline").asText());
    assertEquals("collective_proceedings", held.body().path("holds").get(0).asText());
    assertTrue(held.body().path("nextStep").isNull());

    String text = LetterApiTest.text(LetterApiTest.download(service, "/api/cases/" + caseId
        + "/letters/claim_declaration.pdf"));
    assertTrue(text.contains("DÉCLARATION DE CRÉANCE"), text);
    assertTrue(text.contains("F-101"), text);

    assertEquals(200, service.post("/api/cases/" + caseId + "/proceedings/lift", "").status());
    var lifted = service.get("/api/cases/" + caseId).body();
    assertTrue(lifted.path("proceedings").isNull());
    assertEquals(0, lifted.path("holds").size());
    assertEquals(404, service.get("/api/cases/" + caseId + "/letters/claim_declaration.pdf").status(),
        "no proceedings, no declaration");
  }

  @Test
  void badProceedingsAreRefusedWithAClearMessageAndChangeNothing() {
    String caseId = service.createCase(business, "2026-11-01");
    var unknown = service.post("/api/cases/" + caseId + "/proceedings", "{\"kind\":\"bankruptcy\"}");
    assertEquals(400, unknown.status());
    assertTrue(unknown.toString().contains("kind"), unknown.toString());
    var missing = service.post("/api/cases/" + caseId + "/proceedings", "{\"judgmentDate\":\"2026-11-20\"}");
    assertEquals(400, missing.status(), missing.toString());
    var future = service.post("/api/cases/" + caseId + "/proceedings",
        "{\"kind\":\"safeguard\",\"judgmentDate\":\"2027-06-01\"}");
    assertEquals(400, future.status(), future.toString());
    var tooLong = service.post("/api/cases/" + caseId + "/proceedings",
        "{\"kind\":\"safeguard\",\"words\":\"" + "x".repeat(5000) + "\"}");
    assertEquals(400, tooLong.status(), tooLong.toString());
    assertTrue(service.get("/api/cases/" + caseId).body().path("proceedings").isNull());
    assertEquals(409, service.post("/api/cases/" + caseId + "/proceedings/lift", "").status());
  }
}
