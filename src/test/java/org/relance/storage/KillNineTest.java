package org.relance.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.ChildService;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durability: the real service in a child JVM is killed with {@code kill -9} right after an
 * acknowledged write (a letter issued by the clock's advance, read back from the journal; a promise
 * answered 2xx), then started again on the same data: every event read before the kill is there,
 * with the same {@code writtenAt}. On the embedded H2 (and, in a subclass, PostgreSQL).
 */
class KillNineTest {

  /** The database settings of the child: none for the H2 file under its data directory. */
  protected Map<String, Object> databaseSettings() {
    return Map.of();
  }

  @Test
  void everyEventReadBeforeAKillIsThereAfterTheRestart(@TempDir Path dataDir) throws Exception {
    Map<String, Object> settings = databaseSettings();
    String caseId;
    Map<Long, String> beforeLetterKill;
    try (ChildService first = ChildService.start(dataDir, settings)) {
      caseId = first.createCase(first.createBusiness(), "2026-12-10");
      assertEquals(200, first.advanceDays(32).status(), "the case reaches first_letter");
      beforeLetterKill = writtenAt(first, caseId);
      first.kill();
    }
    assertTrue(beforeLetterKill.values().stream().anyMatch(line -> line.startsWith("LetterIssued ")), "read before the kill: " + beforeLetterKill);

    Map<Long, String> beforePromiseKill;
    try (ChildService second = ChildService.start(dataDir, settings)) {
      assertJournalKept(beforeLetterKill, writtenAt(second, caseId));
      TestService.Answer promised = second.post("/api/cases/" + caseId + "/promises",
          "{\"date\": \"2026-12-31\", \"words\": \"je paie le 31\"}");
      assertEquals(2, promised.status() / 100, promised.toString());
      second.kill();
    }
    try (ChildService third = ChildService.start(dataDir, settings)) {
      Map<Long, String> after = writtenAt(third, caseId);
      assertTrue(after.values().stream().anyMatch(line -> line.startsWith("PromiseRecorded ")),
          "the promise answered before the kill is in the journal: " + after);
      assertJournalKept(beforeLetterKill, after);
    }
  }

  private static void assertJournalKept(Map<Long, String> before, Map<Long, String> after) {
    before.forEach((sequenceNr, line) -> assertEquals(line, after.get(sequenceNr),
        "event " + sequenceNr + " read before the kill, after the restart"));
  }

  /** The case's journal as sequence number → "type writtenAt", read through the API. */
  private static Map<Long, String> writtenAt(ChildService service, String caseId) {
    TestService.Answer journal = service.get("/api/cases/" + caseId + "/journal");
    assertEquals(200, journal.status(), journal.toString());
    Map<Long, String> lines = new LinkedHashMap<>();
    for (JsonNode entry : journal.body()) {
      lines.put(entry.path("sequenceNr").asLong(), entry.path("type").asText() + " " + entry.path("writtenAt").asText());
    }
    return lines;
  }
}
