package org.relance.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.debtorcase.PersonalFields;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Crypto-shredding end to end on the real service (H2; PostgreSQL in a subclass): the debtor's
 * name and words never reach the journal in clear; the export holds every event of every case of
 * the same person; after erasure they are unreadable in the journal, the read side, the journal
 * the admin page shows and a new dossier, while the claim figures stay; a STOP still holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataErasureTest {

  private static final String NAME = "Boulangerie Martin";
  private static final String WORDS = "ma fille est malade depuis lundi";
  private static final String EMAIL = "martin@boulangerie.test";

  private TestService service;
  private String businessId;

  protected Map<String, Object> databaseSettings() {
    return Map.of();
  }

  @BeforeAll
  void start(@TempDir Path dataDir) {
    Map<String, Object> settings = new java.util.HashMap<>(databaseSettings());
    settings.put("relance.cases.snapshot-every", 2); // snapshots from the first events on
    service = TestService.start(dataDir, settings);
    businessId = service.createBusiness();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void anErasedDebtorIsUnreadableEverywhereWhileTheFiguresStayAndTheirStopHolds() throws Exception {
    String first = openCase("F-1");
    String second = openCase("F-2");
    ok(service.post("/api/cases/" + first + "/delay-reasons", "{\"reason\": \"cash_flow\", \"words\": \"" + WORDS + "\"}"));
    ok(service.post("/api/cases/" + first + "/payments", "{\"amount\": 200, \"date\": \"2026-11-23\"}"));
    ok(service.post("/api/cases/" + first + "/stop-contact", ""));
    ok(service.post("/api/cases/" + first + "/write-off", ""));
    ok(service.post("/api/cases/" + second + "/cancel", ""));
    assertFalse(rawJournal().contains(NAME), "sealed in the journal from the first event");
    assertFalse(rawJournal().contains(WORDS));
    assertFalse(rawSnapshots().isEmpty());
    assertFalse(rawSnapshots().contains(NAME) || rawSnapshots().contains(WORDS), "sealed in the snapshots too");
    assertTrue(service.get("/api/cases/" + first + "/journal").body().toString().contains(WORDS), "opened on reading");
    String balance = service.get("/api/cases/" + first).text("balance");

    JsonNode export = service.get("/api/cases/" + first + "/personal-data").body();
    java.util.Set<String> exported = new java.util.HashSet<>();
    export.path("cases").forEach(one -> exported.add(one.path("caseId").asText()));
    assertEquals(java.util.Set.of(first, second), exported, "both cases of the same SIREN");
    for (JsonNode one : export.path("cases")) {
      int events = service.get("/api/cases/" + one.path("caseId").asText() + "/journal").body().size();
      assertEquals(events, one.path("journal").size(), "every event of the person");
    }
    assertTrue(export.toString().contains(WORDS) && export.toString().contains(EMAIL), export.toString());

    assertEquals(400, service.post("/api/cases/" + first + "/personal-data/erase", "{}").status(), "a reason is required");
    var erased = service.post("/api/cases/" + first + "/personal-data/erase", "{\"reason\": \"the debtor asked (art. 17)\"}");
    assertEquals(200, erased.status(), erased.toString());
    assertEquals(2, erased.body().path("erased").size());
    service.advanceDays(0);

    assertFalse(rawJournal().contains(NAME));
    assertFalse(rawSnapshots().contains(NAME));
    assertFalse(rawReadSide().contains(NAME), "read side rebuilt without the data");
    assertFalse(rawReadSide().contains(WORDS));
    String journal = service.get("/api/cases/" + first + "/journal").body().toString();
    assertFalse(journal.contains(NAME) || journal.contains(WORDS) || journal.contains(EMAIL), journal);
    assertTrue(journal.contains(PersonalFields.ERASED));
    assertTrue(journal.contains("PersonalDataErased"));
    String listed = service.get("/api/cases?businessId=" + businessId).body().toString();
    assertFalse(listed.contains(NAME), listed);
    assertEquals(balance, service.get("/api/cases/" + first).text("balance"), "the claim figures stay");
    String dossier = dossierText(first);
    assertFalse(dossier.contains("Martin") || dossier.contains("malade"), dossier);
    assertTrue(dossier.contains("F-1"), "the invoices and amounts remain");
    assertEquals(0, count("SELECT COUNT(*) FROM relance_letter WHERE case_id = '" + first + "'"));
    assertEquals(2, count("SELECT COUNT(*) FROM relance_privacy_audit WHERE action = 'erase'"), "one line per case");

    Suppression stops = new Suppression(service.relance().dataSource(), service.relance().time().clock());
    assertTrue(stops.holds(businessId, Suppression.contacts(EMAIL, null, List.of())), "the STOP still holds");
    assertFalse(stops.holds("another-business", Suppression.contacts(EMAIL, null, List.of())));

    // a new case for the same contact: its debtor messages are held back, not handed to the owner to send
    new org.relance.owner.OwnerChats(service.relance().dataSource()).bind("777001", businessId,
        service.relance().time().clock().instant());
    String again = openCase("F-3", "M. Martin", null, EMAIL, "2026-12-03");
    String other = openCase("F-4", "Mme Leroy", null, "leroy@example.test", "2026-12-03");
    service.advanceDays(12);
    assertTrue(service.get("/api/cases/" + again + "/journal").body().toString().contains("contact_stopped"),
        "the STOP still holds: " + service.get("/api/cases/" + again + "/journal").body());
    assertFalse(service.get("/api/cases/" + other + "/journal").body().toString().contains("contact_stopped"));
  }

  @Test
  void anOpenCaseIsNotErased() {
    String open = openCase("F-9", "Garage Durand", "987654321", "durand@garage.test", "2026-11-01");
    var refused = service.post("/api/cases/" + open + "/personal-data/erase", "{\"reason\": \"asked\"}");
    assertEquals(409, refused.status(), refused.toString());
    assertTrue(service.get("/api/cases/" + open + "/journal").body().toString().contains("Garage Durand"));
    assertEquals(404, service.get("/api/cases/nope/personal-data").status());
  }

  private String openCase(String invoice) {
    return openCase(invoice, NAME, "123 456 789", EMAIL, "2026-11-01");
  }

  private String openCase(String invoice, String name, String siren, String email, String dueDate) {
    var created = service.post("/api/cases", """
        {"businessId": "%s", "debtor": {"name": "%s", "type": "business", "legalForm": "SARL", "siren": %s,
         "address": {"street": "3 rue des Lilas", "postcode": "69003", "city": "Lyon"}, "email": "%s"},
         "invoices": [{"number": "%s", "amount": 1200.50, "currency": "EUR", "issueDate": "2026-10-01",
                       "dueDate": "%s"}]}""".formatted(businessId, name, siren == null ? "null" : "\"" + siren + "\"",
        email, invoice, dueDate));
    assertEquals(201, created.status(), created.toString());
    service.advanceDays(0);
    return created.text("id");
  }

  private static void ok(TestService.Answer answer) {
    assertEquals(200, answer.status(), answer.toString());
  }

  private String rawJournal() throws Exception {
    return rows("SELECT \"event_payload\" FROM \"event_journal\"");
  }

  private String rawSnapshots() throws Exception {
    return rows("SELECT \"snapshot_payload\" FROM \"snapshot\"");
  }

  private String rawReadSide() throws Exception {
    return rows("SELECT state_json FROM case_read_state") + rows("SELECT debtor_name FROM case_summary");
  }

  private String rows(String sql) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = service.relance().dataSource().getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        all.append(new String(rs.getBytes(1), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  private int count(String sql) throws Exception {
    try (Connection c = service.relance().dataSource().getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private String dossierText(String caseId) throws Exception {
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            service.uri("/api/cases/" + caseId + "/dossier.pdf")).header("Authorization", "Bearer " + TestService.TOKEN)
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    try (var document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
