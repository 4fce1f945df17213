package org.relance.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.*;

/** {@code POST /api/businesses/{id}/imports} and {@code GET /api/imports/{id}} against the real service on H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportApiTest {

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private TestService service;

  /** The database settings of this run: none for the default H2 file. */
  protected java.util.Map<String, Object> databaseSettings() {
    return java.util.Map.of();
  }

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir, databaseSettings());
  }

  @AfterAll
  void stop() {
    service.close();
  }

  /**
   * One ledger line: debtor d, invoice i, not yet due on the simulated clock's day (2026-11-23), so the
   * time measured is the import's, not the letters' that overdue cases would have rendered at once.
   */
  private static String line(int debtor, int invoice, String remaining) {
    LocalDate issued = LocalDate.of(2026, 11, 1).plusDays(invoice);
    return "Client n°%d é;%s;%s;%s;1 200,50;%s;compta%d@example.fr%n".formatted(debtor, number(debtor, invoice),
        FRENCH.format(issued), FRENCH.format(issued.plusDays(30)), remaining, debtor);
  }

  /** How many debtors the ledger has, ten invoices each: 1,000 (the 10,000 rows). */
  protected int debtors() {
    return 1000;
  }

  private int rows() {
    return debtors() * 10;
  }

  private static String number(int debtor, int invoice) {
    return "F-%04d-%02d".formatted(debtor, invoice);
  }

  @Test
  void tenThousandRowsImportThenReimportWithChangesCountsEveryKindOfChange() {
    String businessId = service.createBusiness();
    StringBuilder first = new StringBuilder("Client;N° facture;Date;Échéance;Montant TTC;Reste dû;Email\n");
    for (int d = 0; d < debtors(); d++) {
      for (int i = 0; i < 10; i++) {
        first.append(line(d, i, i == 9 ? "200,50" : "1 200,50"));
      }
    }
    long started = System.nanoTime();
    JsonNode done = importAndWait(businessId, first.toString(), Charset.forName("windows-1252"));
    long firstMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertEquals(rows(), done.get("total").asInt(), done.toString());
    assertEquals(rows(), done.get("done").asInt());
    assertEquals(rows(), done.get("created").asInt());
    assertEquals(0, done.get("rejected").size(), done.get("rejected").toString());

    StringBuilder second = new StringBuilder("Client;N° facture;Date;Échéance;Montant TTC;Reste dû;Email\n");
    for (int d = 0; d < debtors(); d++) {
      for (int i = 0; i < 10; i++) {
        if (d < 100 && i == 0) {
          continue;                                      // absent: paid since
        }
        String remaining = d >= 100 && d < 200 && i == 0 ? "0,00"      // paid since
            : d >= 200 && d < 300 && i == 0 ? "600,25"                 // partly paid since
            : i == 9 ? "200,50" : "1 200,50";
        second.append(line(d, i, remaining));
      }
      if (d < 100) {
        second.append(line(d, 10, "1 200,50"));          // a new invoice
      }
    }
    second.append("Client n°1;F-BAD;31/02/2026;01/03/2026;12,00;12,00;x@example.fr\n");
    started = System.nanoTime();
    JsonNode again = importAndWait(businessId, second.toString(), Charset.forName("UTF-8"));
    long secondMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertEquals(rows() + 1, again.get("total").asInt(), again.toString());
    assertEquals(100, again.get("created").asInt());
    assertEquals(100, again.get("updated").asInt());
    assertEquals(100 + 100, again.get("paid").asInt(), "absent or nothing left due");
    assertEquals(rows() - 300, again.get("unchanged").asInt());
    JsonNode rejected = again.get("rejected");
    assertEquals(1, rejected.size(), rejected.toString());
    assertEquals(rows() + 2, rejected.get(0).get("line").asInt(), "the header is line 1");
    assertEquals("issue_date", rejected.get(0).get("field").asText());

    JsonNode repeat = importAndWait(businessId, second.toString(), Charset.forName("UTF-8"));
    assertEquals(0, repeat.get("created").asInt() + repeat.get("updated").asInt() + repeat.get("paid").asInt(),
        "the same ledger again changes nothing: " + repeat);
    assertEquals(rows(), repeat.get("unchanged").asInt());

    JsonNode cases = service.get("/api/cases?businessId=" + businessId + "&limit=500").body();
    assertEquals(Math.min(debtors(), 500), cases.size(), "one case per debtor, listed in pages");
    JsonNode absentPaid = caseOf(businessId, "Client n°5 é");
    assertEquals(0, absentPaid.get("balance").decimalValue().compareTo(new java.math.BigDecimal("11005.00")),
        "9 × 1 200,50 + 200,50, one 1 200,50 paid and one new: " + absentPaid.get("balance"));
    JsonNode partly = caseOf(businessId, "Client n°250 é");
    assertEquals(0, partly.get("balance").decimalValue().compareTo(new java.math.BigDecimal("10404.75")),
        "9 × 1 200,50 + 200,50 less 600,25 paid since: " + partly.get("balance"));
    System.out.printf("IMPORT TIMES: %d rows first import %d ms, re-import with changes %d ms%n", rows(), firstMillis,
        secondMillis);
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedWithTheHeadersFoundAndAMappingFixesIt() {
    String businessId = service.createBusiness();
    String csv = "Société,Invoice,Invoice date,Due date,Total\nAcme,A-1,2026-10-01,2026-10-31,\"1,234.50\"\n";
    TestService.Answer refused = upload(businessId, csv.getBytes(Charset.forName("UTF-8")), "");
    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.text("error").contains("client"), refused.toString());
    TestService.Answer accepted = upload(businessId, csv.getBytes(Charset.forName("UTF-8")),
        "?mapping=" + java.net.URLEncoder.encode("client=Société", Charset.forName("UTF-8")));
    assertEquals(202, accepted.status(), accepted.toString());
    assertEquals("Société", accepted.body().get("mapping").get("client").asText());
    JsonNode done = waitFor(accepted.text("id"));
    assertEquals(1, done.get("created").asInt(), done.toString());
    assertEquals(0, caseOf(businessId, "Acme").get("balance").decimalValue().compareTo(new java.math.BigDecimal("1234.50")));
  }

  /** The case an import opened for the debtor (its id derives from the business and the debtor). */
  private JsonNode caseOf(String businessId, String debtor) {
    String id = org.relance.gateway.CaseGateway.caseIdFor("import:" + businessId + ":" + LedgerRow.nameKey(debtor)
        + ":null");
    TestService.Answer found = service.get("/api/cases/" + id);
    assertEquals(200, found.status(), found.toString());
    return found.body();
  }

  private JsonNode importAndWait(String businessId, String csv, Charset charset) {
    TestService.Answer accepted = upload(businessId, csv.getBytes(charset), "");
    assertEquals(202, accepted.status(), accepted.toString());
    return waitFor(accepted.text("id"));
  }

  private TestService.Answer upload(String businessId, byte[] body, String query) {
    return service.raw(HttpRequest.newBuilder(service.uri("/api/businesses/" + businessId + "/imports" + query))
        .header("Authorization", "Bearer " + TestService.TOKEN).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  JsonNode waitFor(String importId) {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = service.get("/api/imports/" + importId).body();
      if (!status.get("status").asText().equals("running")) {
        assertEquals("done", status.get("status").asText(), status.toString());
        return status;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("import " + importId + " did not finish in two minutes");
  }
}
