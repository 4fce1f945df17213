package org.relance.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.gateway.CaseGateway;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** An import carries the debtor's postal address: ledger columns (French or English headers) and the e-invoice's buyer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportAddressTest {

  private static final String HEADER = "Client;N° facture;Date;Échéance;Montant TTC;Adresse;Code postal;Ville;Pays\n";
  private TestService service;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir);
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void theAddressColumnsAreFoundByTheirFrenchOrEnglishHeaders() {
    ColumnMapping french = ColumnMapping.guess(List.of("Client", "Rue", "CP", "Ville", "Pays"));
    assertEquals(Map.of(LedgerColumn.CLIENT, "Client", LedgerColumn.STREET, "Rue", LedgerColumn.POSTCODE, "CP",
        LedgerColumn.CITY, "Ville", LedgerColumn.COUNTRY, "Pays"), french.headers());
    ColumnMapping english = ColumnMapping.guess(List.of("Customer", "Address", "Zip", "Town", "Country"));
    assertEquals(Map.of(LedgerColumn.CLIENT, "Customer", LedgerColumn.STREET, "Address", LedgerColumn.POSTCODE, "Zip",
        LedgerColumn.CITY, "Town", LedgerColumn.COUNTRY, "Country"), english.headers());
    assertEquals("Adresse email", ColumnMapping.guess(List.of("Adresse email", "Adresse")).headers()
        .get(LedgerColumn.EMAIL), "an e-mail column is not the postal address");
  }

  @Test
  void aLedgerWithTheAddressColumnsOpensTheCaseWithTheDebtorsAddressAndALongPostcodeIsRefused() {
    String businessId = service.createBusiness();
    String csv = HEADER
        + "Boulangerie Martin;A-1;01/10/2026;31/10/2026;120,00;5 place du Marché;33000;Bordeaux;FR\n"
        + "Fromagerie Roux;R-1;01/10/2026;31/10/2026;80,00;1 rue Longue;" + "6".repeat(201) + ";Lyon;FR\n";
    JsonNode done = importAndWait(businessId, csv);
    assertEquals(1, done.get("created").asInt(), done.toString());
    JsonNode rejected = done.get("rejected");
    assertEquals(1, rejected.size(), rejected.toString());
    assertEquals(3, rejected.get(0).get("line").asInt(), rejected.toString());
    assertEquals("postcode", rejected.get(0).get("field").asText(), rejected.toString());
    assertEquals("too_long", rejected.get(0).get("code").asText(), rejected.toString());
    assertEquals("must be at most 200 characters", rejected.get(0).get("error").asText(), rejected.toString());

    JsonNode address = caseOf(businessId, "Boulangerie Martin").get("debtor").get("address");
    assertEquals("5 place du Marché", address.get("street").asText(), address.toString());
    assertEquals("33000", address.get("postcode").asText(), address.toString());
    assertEquals("Bordeaux", address.get("city").asText(), address.toString());
    assertEquals("FR", address.get("country").asText(), address.toString());

    JsonNode again = importAndWait(businessId, HEADER
        + "Boulangerie Martin;A-1;01/10/2026;31/10/2026;120,00;8 cours de l'Intendance;33000;Bordeaux;FR\n");
    assertEquals(1, again.get("unchanged").asInt(), again.toString());
    assertEquals("5 place du Marché", caseOf(businessId, "Boulangerie Martin").get("debtor").get("address")
        .get("street").asText(), "no command corrects an open case's debtor: the address it was opened with stays");
  }

  @Test
  void aLedgerWithoutAddressColumnsOpensTheCaseWithoutAnAddress() {
    String businessId = service.createBusiness();
    importAndWait(businessId, "Client;N° facture;Date;Échéance;Montant TTC\nGarage Leroy;G-1;01/10/2026;31/10/2026;50,00\n");
    JsonNode address = caseOf(businessId, "Garage Leroy").get("debtor").path("address");
    assertTrue(address.isNull() || address.isMissingNode(), address.toString());
  }

  @Test
  void aFacturXInvoiceOpensTheCaseWithTheBuyersAddress() throws Exception {
    String businessId = service.createBusiness();
    byte[] pdf = FacturXSamples.facturX("FX-ADDR-1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    TestService.Answer accepted = upload(businessId, pdf, "application/pdf");
    assertEquals(202, accepted.status(), accepted.toString());
    assertEquals(1, waitFor(accepted.text("id")).get("created").asInt());
    String caseId = CaseGateway.caseIdFor("import:" + businessId + ":siren:732829320:null");
    JsonNode address = service.get("/api/cases/" + caseId).body().get("debtor").get("address");
    assertEquals("3 rue des Lilas", address.get("street").asText(), address.toString());
    assertEquals("69003", address.get("postcode").asText(), address.toString());
    assertEquals("Lyon", address.get("city").asText(), address.toString());
    assertEquals("FR", address.get("country").asText(), address.toString());
  }

  private JsonNode caseOf(String businessId, String debtor) {
    TestService.Answer found = service.get("/api/cases/" + CaseGateway.caseIdFor("import:" + businessId + ":"
        + LedgerRow.nameKey(debtor) + ":null"));
    assertEquals(200, found.status(), found.toString());
    return found.body();
  }

  private JsonNode importAndWait(String businessId, String csv) {
    TestService.Answer accepted = upload(businessId, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    assertEquals(202, accepted.status(), accepted.toString());
    return waitFor(accepted.text("id"));
  }

  private TestService.Answer upload(String businessId, byte[] body, String type) {
    return service.raw(HttpRequest.newBuilder(service.uri("/api/businesses/" + businessId + "/imports"))
        .header("Authorization", "Bearer " + TestService.TOKEN).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private JsonNode waitFor(String importId) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = service.get("/api/imports/" + importId).body();
      if (!status.get("status").asText().equals("running")) {
        assertEquals("done", status.get("status").asText(), status.toString());
        return status;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("import " + importId + " did not finish");
  }
}
