package org.relance.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.config.RelanceConfig;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A journal written by version 1 (a business and two cases through 88 simulated days: promise kept
 * and broken, plan agreed, instalment paid and missed, claimed payment denied, dispute with a credit
 * note, pause, stop and wrong contact, tasks done and snoozed, messages, write-off) must replay in
 * every later version. The rows are the journal tables' content, exported verbatim.
 */
class JournalFixtureTest {

  private static final String CASE_A = "fd907491-73e5-36b6-89ca-276fdb7024ed";
  private static final String CASE_B = "878d94c1-5cdd-49aa-8a4e-12ca38484277";
  private static final String BUSINESS = "9306a105-871c-4ee8-9d59-625a3ef4e76b";

  @Test
  void theVersionOneJournalReplaysIntoTheSameCases(@TempDir Path dir) throws Exception {
    importFixture(dir);
    try (TestService service = TestService.start(dir, Map.of("relance.clock.start", "2027-02-19T08:00:00Z"))) {
      JsonNode a = service.get("/api/cases/" + CASE_A).body();
      assertEquals("handover", a.path("stage").asText());
      assertEquals("open", a.path("status").asText());
      assertEquals("1470.5", a.path("balance").asText());
      assertEquals("1050.0", a.path("invoices").get(0).path("outstanding").asText());
      assertEquals("stop_requested", a.path("contactStopped").asText());
      assertEquals("cash_flow", a.path("delayReasons").get(0).path("reason").asText());
      assertEquals("la trésorerie est tendue ce mois-ci", a.path("delayReasons").get(0).path("words").asText());
      assertEquals(3, a.path("payments").size());
      assertEquals("strategic_delayer", a.path("profile").path("kind").asText());

      JsonNode b = service.get("/api/cases/" + CASE_B).body();
      assertEquals("closed", b.path("status").asText());
      assertEquals("written_off", b.path("closure").asText());
      assertEquals("wrong_contact", b.path("contactStopped").asText());

      JsonNode journal = service.get("/api/cases/" + CASE_A + "/journal").body();
      assertTrue(journal.size() > 25, "every event of case A reads back");
      JsonNode promise = null;
      for (JsonNode entry : journal) {
        if (entry.path("type").asText().equals("PromiseRecorded") && promise == null) {
          promise = entry;
        }
      }
      assertEquals("je vous fais un virement de 300 € vendredi",
          promise.path("data").path("promise").path("words").asText());

      JsonNode business = service.get("/api/businesses/" + BUSINESS).body();
      assertEquals("Atelier Dupont", business.path("name").asText());
    }
  }

  private static void importFixture(Path dir) throws Exception {
    var config = RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(Map.of("relance.data-dir", dir.toString())));
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(
        JournalFixtureTest.class.getResourceAsStream("/fixtures/journal-v1.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(json.readTree(line));
      }
    }
    try (Database database = Database.open(config)) {
      new SchemaMigration(database.dataSource(), database.kind()).migrate();
      try (Connection c = database.dataSource().getConnection();
           PreparedStatement event = c.prepareStatement("INSERT INTO event_journal (persistence_id, sequence_number, "
               + "deleted, writer, write_timestamp, adapter_manifest, event_ser_id, event_ser_manifest, event_payload) "
               + "VALUES (?, ?, FALSE, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
           PreparedStatement tag = c.prepareStatement("INSERT INTO event_tag (event_id, tag) VALUES (?, ?)")) {
        for (JsonNode row : rows) {
          event.setString(1, row.path("persistence_id").asText());
          event.setLong(2, row.path("sequence_number").asLong());
          event.setString(3, row.path("writer").asText());
          event.setLong(4, row.path("write_timestamp").asLong());
          event.setString(5, row.path("adapter_manifest").asText());
          event.setInt(6, row.path("event_ser_id").asInt());
          event.setString(7, row.path("event_ser_manifest").asText());
          event.setBytes(8, row.path("event_payload").asText().getBytes(StandardCharsets.UTF_8));
          event.executeUpdate();
          try (var keys = event.getGeneratedKeys()) {
            keys.next();
            tag.setLong(1, keys.getLong(1));
            tag.setString(2, row.path("tag").asText());
            tag.executeUpdate();
          }
        }
      }
    }
  }
}
