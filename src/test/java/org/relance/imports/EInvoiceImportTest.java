package org.relance.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.gateway.CaseGateway;
import org.relance.app.TestService;
import org.relance.conversations.Script;
import org.relance.conversations.ScriptRunner;
import org.relance.conversations.ServiceScriptHooks;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A Factur-X invoice (made with the Mustang project) opens its debtor's case; a plain PDF gets a clear answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EInvoiceImportTest {

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
  void aFacturXPdfOpensTheCaseFromTheInvoicesOwnDataAndAPlainPdfIsRefused() throws Exception {
    String businessId = service.createBusiness();
    TestService.Answer plain = upload(businessId, FacturXSamples.plainPdf());
    assertEquals(400, plain.status(), plain.toString());
    assertTrue(plain.text("error").contains("no e-invoice (Factur-X) data"), plain.toString());

    byte[] pdf = FacturXSamples.facturX("FX-2026-001", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    TestService.Answer accepted = upload(businessId, pdf);
    assertEquals(202, accepted.status(), accepted.toString());
    JsonNode done = waitFor(accepted.text("id"));
    assertEquals(1, done.get("created").asInt(), done.toString());
    String caseId = CaseGateway.caseIdFor("import:" + businessId + ":siren:732829320:null");
    JsonNode view = service.get("/api/cases/" + caseId).body();
    assertEquals("Garage Leroy", view.get("debtor").get("name").asText(), view.toString());
    assertEquals("compta@garage-leroy.fr", view.get("debtor").get("email").asText());
    assertEquals("2026-10-31", view.get("invoices").get(0).get("dueDate").asText());
    assertEquals(0, view.get("balance").decimalValue().compareTo(new BigDecimal("120.00")), view.toString());

    JsonNode again = waitFor(upload(businessId, pdf).text("id"));
    assertEquals(1, again.get("unchanged").asInt(), "the same invoice again changes nothing: " + again);
    InvoicePdfs kept = new InvoicePdfs(service.relance().dataSource(), java.time.Clock.systemUTC());
    assertArrayEquals(pdf, kept.pdf(caseId, "FX-2026-001").orElseThrow(), "the PDF is kept for the debtor page");
    assertEquals(List.of("FX-2026-001"), kept.numbers(caseId));
  }

  @Test
  void aFacturXSentToTheBotOpensTheCaseOnceTheOwnerConfirms() throws Exception {
    byte[] pdf = FacturXSamples.facturX("FX-2026-002", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    String yaml = """
        description: The owner sends a Factur-X invoice to the bot; it opens the buyer's case.
        settings:
          relance.imports.progress-interval: 1h
        steps:
          - setup:
              business: {name: "Atelier Dupont", timezone: "Europe/Paris", language: fr, jurisdiction: FR}
          - user: {chat: 1902, language: fr, text: "/start {invitation}"}
          - bot: {chat: 1902, contains: "Bienvenue, Atelier Dupont !"}
          - user: {chat: 1902, language: fr, document: "facture.pdf", content-base64: "%s"}
          - bot: {chat: 1902, text: "J'ai bien reçu une facture électronique : Garage Leroy, facture FX-2026-002, 120,00\\u00a0€ restant dû, échéance le 31 oct. 2026. Voulez-vous l'ajouter à ses dossiers ?", buttons: ["Importer", "Annuler"]}
          - press: {chat: 1902, language: fr, data: "imp:go", message: 4}
          - bot: {chat: 1902, text: "Import en cours : 0 ligne(s) traitée(s) sur 1…"}
          - bot: {chat: 1902, contains: "Import terminé, merci ! 1 facture(s) ajoutée(s)"}
          - user: {chat: 1902, language: fr, text: "/cases"}
          - bot: {chat: 1902, contains: "Vos dossiers en cours (1)", buttons: ["Garage Leroy · 120,00\\u00a0€"]}
        """.formatted(Base64.getEncoder().encodeToString(pdf));
    List<String> transcript = new ArrayList<>();
    ScriptRunner.Result result = new ScriptRunner(new ServiceScriptHooks(), transcript::add)
        .run(Script.read("owner-import-facturx", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    assertTrue(result.passed(), result.mismatch() + "\n" + String.join("\n", transcript));
  }

  private TestService.Answer upload(String businessId, byte[] body) {
    return service.raw(HttpRequest.newBuilder(service.uri("/api/businesses/" + businessId + "/imports"))
        .header("Authorization", "Bearer " + TestService.TOKEN).header("Content-Type", "application/pdf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private JsonNode waitFor(String importId) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = service.get("/api/imports/" + importId).body();
      if (!status.get("status").asText().equals("running")) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import " + importId + " did not finish");
  }
}
