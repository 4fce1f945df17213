package org.relance.admin;

import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.accounts.Role;
import org.relance.app.TestService;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.DebtorCase;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.admin.AdminFixture.*;

/**
 * Events journaled before links were masked (an owner's /new copied the debtor's link into the
 * case's journal): every reader shows them masked, the API journal, the admin page an accountant
 * reads and the dossier.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalLinkMaskingTest {

  private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUv";
  private static final String OLD_COPY = "Transmettez ce lien personnel à Boulangerie Martin :\n"
      + "https://t.me/relance_bot?start=" + TOKEN + "\nIl fonctionne une fois, pendant 14 jours.";

  private TestService service;
  private String caseId;

  @BeforeAll
  void start(@TempDir Path dataDir) throws Exception {
    service = TestService.start(dataDir);
    String businessId = service.createBusiness();
    caseId = service.createCase(businessId, "2026-12-10");
    record(CaseEvent.Direction.OUT, OLD_COPY, "old-out");
    record(CaseEvent.Direction.IN, "/start " + TOKEN, "old-in");
    addUser(service, "accountant@a.test", Role.ACCOUNTANT, businessId);
  }

  @AfterAll
  void stop() {
    service.close();
  }

  private void record(CaseEvent.Direction direction, String text, String key) throws Exception {
    CaseReply reply = ClusterSharding.get(service.relance().system()).entityRefFor(DebtorCase.ENTITY_KEY, caseId)
        .<CaseReply>ask(r -> new CaseCommand.RecordMessage(direction, "telegram", text, CaseEvent.Delivery.DELIVERED,
            null, key, r), Duration.ofSeconds(10)).toCompletableFuture().get();
    assertInstanceOf(CaseReply.Accepted.class, reply);
  }

  @Test
  void theApiJournalShowsTheOldLinkMasked() {
    String journal = service.get("/api/cases/" + caseId + "/journal").body().toString();
    assertFalse(journal.contains(TOKEN), journal);
    assertTrue(journal.contains("https://t.me/relance_bot?start=•••"), journal);
    assertTrue(journal.contains("/start •••"), journal);
  }

  @Test
  void theAdminPageAnAccountantReadsShowsItMasked() {
    WebClient accountant = new WebClient(service);
    assertEquals(303, accountant.signIn("accountant@a.test", PASSWORD).status());
    for (String path : new String[] {"/web/api/cases/" + caseId, "/web/api/cases/" + caseId + "/journal.json"}) {
      var page = accountant.get(path);
      assertEquals(200, page.status(), path);
      assertFalse(page.body().contains(TOKEN), path + ": " + page.body());
      assertTrue(page.body().contains("start=•••"), path + ": " + page.body());
    }
  }

  @Test
  void theDossierPrintsItMasked() throws Exception {
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            service.uri("/api/cases/" + caseId + "/dossier.pdf")).header("Authorization", "Bearer " + TestService.TOKEN)
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertFalse(text.replaceAll("\\s", "").contains(TOKEN), text);
      assertTrue(text.contains("•••"), text);
    }
  }
}
