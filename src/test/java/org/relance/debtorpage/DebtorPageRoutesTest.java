package org.relance.debtorpage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.common.Language;
import org.relance.ladder.Stage;
import org.relance.letters.RenderedLetter;
import org.relance.letters.store.LetterStore;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The debtor page's routes through the real service: an unknown or replaced link answers 404 with
 * the same page whatever the path; a post without its form token is refused; another case's letter
 * cannot be downloaded; wrong answers lock the link at the limit; a signed answer link only answers
 * when it was signed for the link; the security headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebtorPageRoutesTest {

  private TestService service;
  private DebtorPageLinks links;
  private String business;

  /** The database the service runs on: H2 here, PostgreSQL in {@link PostgresDebtorPageRoutesTest}. */
  protected Map<String, Object> databaseSettings() {
    return Map.of();
  }

  @BeforeAll
  void start(@TempDir Path dir) {
    service = TestService.start(dir.resolve("data"), databaseSettings());
    links = service.relance().debtorPage().links();
    business = service.createBusiness();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  private String token(String caseId) {
    return links.tokenFor(caseId);
  }

  @Test
  void anUnknownOrReplacedLinkAnswers404WithTheSamePageWhateverThePath() {
    String caseId = service.createCase(business, "2026-12-10");
    String old = token(caseId);
    assertEquals(22, old.length(), "128 bits, base64url");
    assertEquals(old, token(caseId), "the same link every time it is asked for");
    links.reissue(caseId);
    assertNotEquals(old, token(caseId));
    PageClient browser = new PageClient(service);
    PageClient.Answer unknown = browser.get("/d/AAAAAAAAAAAAAAAAAAAAAA");
    assertEquals(404, unknown.status());
    assertTrue(unknown.body().contains("Ce lien n&#39;ouvre aucun dossier"), unknown.body());
    for (String path : new String[] {"/d/" + old, "/d/" + old + "/letter/first_letter", "/d/" + old + "/verify",
        "/d/AAAAAAAAAAAAAAAAAAAAAA/invoice/F-101"}) {
      PageClient.Answer answer = browser.get(path);
      assertEquals(404, answer.status(), path);
      assertEquals(unknown.body(), answer.body(), path + " tells nothing more than an unknown link");
    }
    assertFalse(unknown.body().contains("Boulangerie") || unknown.body().contains("Atelier"));
  }

  @Test
  void theOwnerReadsAndReplacesTheLinkThroughTheApi() {
    String caseId = service.createCase(business, "2026-12-10");
    TestService.Answer read = service.get("/api/cases/" + caseId + "/page");
    assertEquals(200, read.status());
    assertEquals("http://localhost:8080/d/" + token(caseId), read.text("url"));
    TestService.Answer replaced = service.post("/api/cases/" + caseId + "/page", null);
    assertEquals(201, replaced.status());
    assertNotEquals(read.text("url"), replaced.text("url"));
    assertEquals(replaced.text("url"), service.get("/api/cases/" + caseId + "/page").text("url"));
    assertEquals(404, service.get("/api/cases/no-such-case/page").status());
  }

  @Test
  void everyPageForbidsInlineScriptsFramingAndOtherSites() {
    PageClient.Answer page = new PageClient(service).get("/d/" + token(service.createCase(business, "2026-12-10")));
    assertEquals(200, page.status());
    String csp = page.response().headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
        && csp.contains("frame-ancestors 'none'"), csp);
    assertFalse(page.body().contains("<script>"), "no inline script");
    assertTrue(page.body().contains("name=\"viewport\""));
  }

  @Test
  void aPostWithoutItsFormTokenIsRefusedAndChangesNothing() {
    String caseId = service.createCase(business, "2026-12-10");
    String token = token(caseId);
    PageClient browser = new PageClient(service);
    browser.get("/d/" + token);
    assertEquals(403, browser.post("/d/" + token + "/verify", Map.of("answer", "F-101", "csrf", "forged")).status());
    PageClient.Answer verified = browser.verify(token, "69003");
    assertEquals(303, verified.status());
    String cookie = verified.response().headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(CasePageRoutes.COOKIE + "=")).findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/d/" + token),
        cookie);
    assertFalse(cookie.contains("Secure"), "plain http here; Secure when the public URL is https");
    String csrf = browser.get("/d/" + token).csrf();
    PageClient.Answer forged = browser.post("/d/" + token + "/promise", Map.of("date", "15/12/2026", "csrf", "x" + csrf));
    assertEquals(403, forged.status());
    assertTrue(forged.body().contains("recharger la page"), forged.body());
    PageClient.Answer none = browser.post("/d/" + token + "/dispute", Map.of("reason", "pas commandé"));
    assertEquals(403, none.status());
    assertTrue(service.get("/api/cases/" + caseId).body().path("promise").isNull());
    assertTrue(service.get("/api/cases/" + caseId).body().path("dispute").isNull());
  }

  @Test
  void anotherCasesLetterCannotBeDownloaded() {
    String mine = service.createCase(business, "2026-12-10");
    String theirs = service.createCase(business, "2026-12-10");
    new LetterStore(service.relance().dataSource(), Clock.systemUTC()).issue(theirs, RenderedLetter.of(Stage.FIRST_LETTER,
        LocalDate.of(2026, 11, 23), Language.FR, "%PDF-1.4 theirs".getBytes(StandardCharsets.US_ASCII), null));
    PageClient browser = new PageClient(service);
    assertEquals(303, browser.verify(token(mine), "F-101").status());
    PageClient.Answer own = browser.get("/d/" + token(mine) + "/letter/first_letter");
    assertEquals(404, own.status(), "my case has no first letter");
    String cookie = browser.get("/d/" + token(mine)).response().request().headers().firstValue("Cookie").orElse("");
    PageClient.Answer other = browser.send(HttpRequest.newBuilder(service.uri("/d/" + token(theirs)
        + "/letter/first_letter")).header("Cookie", cookie).GET());
    assertFalse(other.body().contains("%PDF"), "my session opens nothing of the other case");
    assertNotEquals(200, other.response().headers().firstValue("Content-Type").map(t -> t.contains("pdf") ? 200 : 0)
        .orElse(0));
  }

  @Test
  void aVerifiedDebtorDownloadsTheCasesInvoicePdfAndNoOtherCases() {
    String mine = service.createCase(business, "2026-12-10");
    String theirs = service.createCase(business, "2026-12-10");
    var pdfs = new org.relance.imports.InvoicePdfs(service.relance().dataSource(), Clock.systemUTC());
    pdfs.keep(business, "F-101", mine, "%PDF-1.7 mine".getBytes(StandardCharsets.US_ASCII));
    pdfs.keep(business, "T-1", theirs, "%PDF-1.7 theirs".getBytes(StandardCharsets.US_ASCII));
    PageClient browser = new PageClient(service);
    assertEquals(404, browser.get("/d/" + token(mine) + "/invoice/F-101").status(), "not before the verification");
    browser.verify(token(mine), "F-101");
    assertTrue(browser.get("/d/" + token(mine)).body().contains("/invoice/F-101"), "listed on the page");
    PageClient.Answer own = browser.get("/d/" + token(mine) + "/invoice/F-101");
    assertEquals(200, own.status());
    assertEquals("%PDF-1.7 mine", own.body());
    assertEquals(404, browser.get("/d/" + token(mine) + "/invoice/T-1").status(), "another case's invoice");
  }

  @Test
  void wrongAnswersLockTheLinkAtTheLimitEvenForTheRightAnswerAfter() {
    String caseId = service.createCase(business, "2026-12-10");
    String token = token(caseId);
    PageClient browser = new PageClient(service);
    PageClient.Answer first = browser.verify(token, "F-999");
    assertEquals(400, first.status());
    assertTrue(first.body().contains("Essais restants : 2"), first.body());
    assertEquals(400, browser.verify(token, "F-101 F-102").status(), "several numbers: asked for one, not counted");
    assertTrue(browser.verify(token, "F-998").body().contains("Essais restants : 1"));
    PageClient.Answer locked = browser.verify(token, "75000");
    assertEquals(403, locked.status());
    assertTrue(locked.body().contains("Atelier Dupont va vous contacter directement"), locked.body());
    PageClient.Answer after = new PageClient(service).get("/d/" + token);
    assertEquals(403, after.status());
    assertFalse(after.body().contains("name=\"answer\""), "no question any more");
    assertEquals(403, browser.post("/d/" + token + "/verify", Map.of("answer", "F-101", "csrf",
        "irrelevant")).status());
  }

  @Test
  void aSignedAnswerOnlyAnswersForTheLinkItWasSignedFor() {
    String caseId = service.createCase(business, "2026-12-10");
    String other = service.createCase(business, "2026-12-10");
    String yes = links.answerUrlFor(caseId, "mail:jean@example.fr", "yes:123456");
    String path = yes.substring(yes.indexOf("/d/"));
    PageClient browser = new PageClient(service);
    PageClient.Answer shown = browser.get(path);
    assertEquals(200, shown.status(), shown.body());
    assertTrue(shown.body().contains("« Oui »"), shown.body());
    String signed = path.substring(path.lastIndexOf('/') + 1);
    assertEquals(404, browser.get("/d/" + token(other) + "/answer/" + signed).status());
    assertEquals(404, browser.get(path.replace("yes:", "no:")).status(), "the choice is signed");
  }
}
