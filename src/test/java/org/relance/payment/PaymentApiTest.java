package org.relance.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.business.Business;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/cases/{id}/payment-qr.png} on the real service, scanned back; the payment link
 * template checked where the business is set; a business recorded before the link was kept still reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentApiTest {

  private TestService service;
  private String businessId;
  private String caseId;

  @BeforeAll
  void start(@TempDir Path dir) {
    service = TestService.start(dir);
    businessId = service.createBusiness();
    caseId = service.createCase(businessId, "2026-12-10");
  }

  @AfterAll
  void stop() {
    service.close();
  }

  private HttpResponse<byte[]> download(String path, boolean withToken) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).GET();
    if (withToken) {
      request.header("Authorization", "Bearer " + TestService.TOKEN);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aCasesQrCodeIsAPngThatScansToItsTransfer() throws Exception {
    HttpResponse<byte[]> png = download("/api/cases/" + caseId + "/payment-qr.png", true);

    assertEquals(200, png.statusCode());
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
    assertEquals(List.of("BCD", "002", "1", "SCT", "AGRIFRPP", "Atelier Dupont", "FR7630006000011234567890189",
        "EUR1200.50", "", "", "F-101"), QrScans.lines(png.body()));
  }

  @Test
  void theQrCodeAsksTheSameTokenAsEveryCaseRoute() throws Exception {
    assertEquals(401, download("/api/cases/" + caseId + "/payment-qr.png", false).statusCode());
    assertEquals(404, download("/api/cases/no-such-case/payment-qr.png", true).statusCode());
  }

  @Test
  void aBusinessWithoutIbanGetsTheReasonInsteadOfACode() {
    var created = service.post("/api/businesses", """
        {"name": "Sans Banque", "language": "fr", "jurisdiction": "FR", "timezone": "Europe/Paris"}""");
    String unbanked = service.createCase(created.text("id"), "2026-12-10");

    var refused = service.get("/api/cases/" + unbanked + "/payment-qr.png");

    assertEquals(409, refused.status());
    assertTrue(refused.toString().contains("the business has no IBAN"), refused.toString());
  }

  @Test
  void thePaymentLinkMustBeAnHttpsAddressWithKnownPlaceholders() {
    for (String bad : List.of("http://pay.example/?a={amount}", "https://pay.example/?a={price}", "javascript:alert(1)",
        "https:///nohost", "https://pay.example/" + "x".repeat(300))) {
      var refused = service.post("/api/businesses", """
          {"name": "Atelier", "paymentUrl": "%s"}""".formatted(bad));
      assertEquals(400, refused.status(), bad + ": " + refused);
      assertTrue(refused.toString().contains("paymentUrl"), refused.toString());
    }
    var created = service.post("/api/businesses", """
        {"name": "Atelier", "paymentUrl": "https://pay.example/?amount={amount}&ref={reference}"}""");
    assertEquals(201, created.status(), created.toString());
    assertEquals("https://pay.example/?amount={amount}&ref={reference}",
        service.get("/api/businesses/" + created.text("id")).body().path("paymentUrl").asText());
  }

  @Test
  void aBusinessRecordedBeforeThePaymentLinkStillReads() throws Exception {
    String before = """
        {"profile": {"name": "Atelier Dupont", "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP",
         "language": "fr", "jurisdiction": "FR", "timezone": "Europe/Paris", "digestHour": 9,
         "planPolicy": {"maxInstallments": 3, "maxMonths": 3, "minFirstPaymentPercent": 20},
         "ladderOverrides": {}, "digestMinute": null}, "at": "2026-11-01T09:00:00Z"}""";
    Business.Registered read = new ObjectMapper().registerModule(new JavaTimeModule())
        .readValue(before, Business.Registered.class);
    assertEquals("Atelier Dupont", read.profile().name());
    assertNull(read.profile().paymentUrl());
  }
}
