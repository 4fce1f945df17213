package org.relance.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.storage.EmbeddedPostgresDatabase;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** On PostgreSQL the service takes no backup itself: {@code GET /api/backup} says to use pg_dump. */
class PostgresBackupTest {

  @Test
  void theBackupEndpointPointsToPgDump(@TempDir Path dataDir) {
    try (TestService service = TestService.start(dataDir, EmbeddedPostgresDatabase.freshDatabaseSettings())) {
      var answer = service.get("/api/backup");
      assertEquals(409, answer.status());
      assertTrue(answer.text("error").contains("pg_dump"), answer.toString());
    }
  }
}
