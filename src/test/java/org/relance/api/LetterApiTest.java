package org.relance.api;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.*;

/** Letters issued by the ladder, stored and recorded, and the claim and dossier, through the API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterApiTest {

  private TestService service;
  private String caseId;

  @BeforeAll
  void start(@TempDir Path dir) {
    service = TestService.start(dir);
    caseId = service.createCase(service.createBusiness(), "2026-12-10");
    assertEquals(200, service.advanceDays(32).status()); // 2026-12-25: first letter
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void theFirstLetterIsIssuedStoredAndRecordedWithItsHash() throws Exception {
    var view = service.get("/api/cases/" + caseId).body();
    assertEquals("first_letter", view.path("stage").asText());
    var recorded = view.path("letters").get(0);
    assertEquals("first_letter", recorded.path("stage").asText());
    assertEquals("2026-12-25", recorded.path("date").asText());

    byte[] pdf = download("/api/cases/" + caseId + "/letters/first_letter.pdf");
    assertEquals(recorded.path("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
        "the stored copy is the one whose hash the journal holds");
    String text = text(pdf);
    assertTrue(text.contains("F-101"), text);
    assertTrue(text.contains("1\u202f200,50\u00a0€") || text.contains("1 200,50 €") || text.contains("1\u00a0200,50\u00a0€"), text);
    assertTrue(text.contains("Boulangerie Martin"));

    boolean journaled = false;
    for (var e : service.get("/api/cases/" + caseId + "/journal").body()) {
      journaled |= e.path("type").asText().equals("LetterIssued");
    }
    assertTrue(journaled);
  }

  @Test
  void aLetterNotYetIssuedIs404ButCanBePreviewedWithoutRecordingAnything() throws Exception {
    assertEquals(404, service.get("/api/cases/" + caseId + "/letters/formal_notice.pdf").status());
    String text = text(download("/api/cases/" + caseId + "/letters/formal_notice.pdf?preview=true"));
    assertTrue(text.toLowerCase().contains("mise en demeure"), text);
    assertEquals(1, service.get("/api/cases/" + caseId).body().path("letters").size());
    assertEquals(400, service.get("/api/cases/" + caseId + "/letters/friendly.pdf").status());
  }

  @Test
  void theClaimAddsPenaltiesAndTheFortyEuroIndemnityForABusinessDebtor() {
    var claim = service.get("/api/cases/" + caseId + "/claim?date=2027-01-24");
    assertEquals(200, claim.status(), claim.toString());
    var invoice = claim.body().path("invoices").get(0);
    assertEquals("2027-01-24", claim.body().path("asOf").asText());
    assertEquals(45, invoice.path("days").asInt());
    assertTrue(invoice.path("penalties").path("amount").asDouble() > 0, claim.toString());
    assertEquals(40.0, invoice.path("indemnity").path("amount").asDouble(), claim.toString());
    assertEquals(400, service.get("/api/cases/" + caseId + "/claim?date=tomorrow").status());
  }

  @Test
  void theLimitationWarningIsDueSixMonthsBeforeTheFiveYearLimitOfABusinessDebt() {
    assertEquals(0, service.get("/api/cases/" + caseId + "/limitation").body().size(), "a recent invoice");
    String old = service.createCase(service.get("/api/cases/" + caseId).text("businessId"), "2022-03-01");
    var warnings = service.get("/api/cases/" + old + "/limitation");
    assertEquals(200, warnings.status());
    var warning = warnings.body().get(0);
    assertEquals("six_months", warning.path("warning").path("kind").asText());
    assertEquals("2027-03-01", warning.path("warning").path("limitDate").asText());
    assertTrue(warning.path("text").asText().contains("L110-4"), warning.toString());
  }

  @Test
  void theDossierIsAPdf() throws Exception {
    String text = text(download("/api/cases/" + caseId + "/dossier.pdf"));
    assertTrue(text.contains("F-101"));
    assertEquals(404, service.get("/api/cases/nope/dossier.pdf").status());
  }

  private byte[] download(String path) throws Exception {
    return download(service, path);
  }

  /** A PDF the API serves, checked to be one. */
  static byte[] download(TestService service, String path) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.uri(path))
        .header("Authorization", "Bearer " + TestService.TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), new String(response.body()));
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    return response.body();
  }

  static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
