package org.relance.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relance.app.TestService;
import org.relance.storage.EmbeddedPostgresDatabase;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/cases/{id}/letters/{stage}/posted} on H2 and PostgreSQL: the letter shows as
 * posted in the case (with the registered number), its task is done, the dossier says so, and a
 * wrong stage or a letter not issued is refused with a clear message.
 */
class LetterPostedApiTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aPostedLetterShowsInTheCaseAndTheDossier(String database, @TempDir Path dir) throws Exception {
    Map<String, Object> settings = database.equals("postgres") ? EmbeddedPostgresDatabase.freshDatabaseSettings()
        : Map.of();
    try (TestService service = TestService.start(dir, settings)) {
      String caseId = service.createCase(service.createBusiness(), "2026-12-10");
      assertEquals(200, service.advanceDays(32).status()); // 2026-12-25: first letter
      String posted = "/api/cases/" + caseId + "/letters/first_letter/posted";

      assertEquals(400, service.post("/api/cases/" + caseId + "/letters/friendly/posted", "{}").status());
      assertEquals(404, service.post("/api/cases/" + caseId + "/letters/formal_notice/posted", "{}").status());
      assertEquals(400, service.post(posted, "{\"date\": \"2026-12-31\"}").status(), "not in the future");

      var answer = service.post(posted, "{\"registeredNumber\": \"1A 123 456 7890 1\"}", "posted-1");
      assertEquals(200, answer.status(), answer.toString());
      JsonNode letter = answer.body().path("letters").get(0);
      assertEquals("2026-12-25", letter.path("postedOn").asText());
      assertEquals("1A 123 456 7890 1", letter.path("registeredNumber").asText());
      for (JsonNode task : answer.body().path("tasks")) {
        assertTrue(!task.path("kind").asText().equals("post_letter"), "the task to post it is done: " + task);
      }
      assertEquals(200, service.post(posted, "{\"registeredNumber\": \"1A 123 456 7890 1\"}", "posted-1").status(),
          "a retry with the same key answers the same");

      String dossier = LetterApiTest.text(LetterApiTest.download(service, "/api/cases/" + caseId + "/dossier.pdf"));
      assertTrue(dossier.contains("Postée le 25/12/2026 en recommandé, numéro 1A 123 456 7890 1."), dossier);
    }
  }
}
