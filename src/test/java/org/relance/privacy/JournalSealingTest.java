package org.relance.privacy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.config.RelanceConfig;
import org.relance.storage.Database;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code relance seal-journal} on a stopped installation (H2; PostgreSQL in a subclass): events
 * written in clear, as before sealing existed, are sealed in place; a second run changes nothing;
 * the service reads them as before.
 */
class JournalSealingTest {

  private static final String NAME = "Boulangerie Martin";
  private static final String WORDS = "la caisse est vide ce mois-ci";

  protected Map<String, Object> databaseSettings() {
    return Map.of();
  }

  @Test
  void clearEventsAreSealedInPlaceOnceAndStillRead(@TempDir Path dataDir) throws Exception {
    Map<String, Object> settings = new HashMap<>(databaseSettings());
    settings.put("relance.cases.snapshot-every", 2);
    String caseId;
    try (TestService service = TestService.start(dataDir, settings)) {
      caseId = service.createCase(service.createBusiness(), "2026-12-10");
      assertEquals(200, service.post("/api/cases/" + caseId + "/delay-reasons",
          "{\"reason\": \"cash_flow\", \"words\": \"" + WORDS + "\"}").status());
    }
    settings.put("relance.data-dir", dataDir.toString());
    Config config = RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(settings));
    try (JournalSealing sealing = new JournalSealing(config)) {
      assertTrue(sealing.rewrite(CaseSeal::opened).events() > 0, "the journal as an older version wrote it");
    }
    assertTrue(rawJournal(config).contains(NAME) && rawJournal(config).contains(WORDS));

    try (JournalSealing sealing = new JournalSealing(config)) {
      JournalSealing.Outcome first = sealing.seal();
      assertTrue(first.events() >= 2 && first.cases() == 1, first.toString());
      assertEquals(new JournalSealing.Outcome(0, 0, 0), sealing.seal(), "a second run changes nothing");
    }
    assertFalse(rawJournal(config).contains(NAME) || rawJournal(config).contains(WORDS));

    try (TestService service = TestService.start(dataDir, settings)) {
      String journal = service.get("/api/cases/" + caseId + "/journal").body().toString();
      assertTrue(journal.contains(NAME) && journal.contains(WORDS), journal);
      assertEquals(200, service.post("/api/cases/" + caseId + "/delay-reasons",
          "{\"reason\": \"forgot\", \"words\": \"oublié\"}").status(), "a new snapshot, sealed");
    }
    assertTrue(snapshots(config) > 0);
    try (TestService service = TestService.start(dataDir, settings)) {
      var view = service.get("/api/cases/" + caseId).body();
      assertEquals(NAME, view.path("debtor").path("name").asText(), "the case recovers from its sealed snapshot");
      assertTrue(view.toString().contains(WORDS), view.toString());
    }
  }

  private static int snapshots(Config config) throws Exception {
    try (Database database = Database.open(config); Connection c = database.dataSource().getConnection();
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"snapshot\"")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String rawJournal(Config config) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Database database = Database.open(config); Connection c = database.dataSource().getConnection();
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"event_payload\" FROM \"event_journal\"")) {
      while (rs.next()) {
        all.append(new String(rs.getBytes(1), StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }
}
