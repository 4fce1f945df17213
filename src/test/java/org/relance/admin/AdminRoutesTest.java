package org.relance.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.accounts.ApiTokens;
import org.relance.accounts.Role;
import org.relance.accounts.SignInLinks;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.admin.AdminFixture.*;

/**
 * Every admin route for every kind of caller, over HTTP against the real service: nobody
 * unauthenticated, an owner in its business only, an accountant reading only, an admin everywhere,
 * API tokens until revoked, CSRF on every change, sign-out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminRoutesTest {

  /** The database settings of this run: none for the default H2 file. */
  protected Map<String, Object> databaseSettings() {
    return Map.of();
  }

  private TestService service;
  private String bizA;
  private String bizB;
  private String caseA;
  private String formulaCase;
  private String caseB;

  @BeforeAll
  void start(@TempDir Path dir) {
    service = TestService.start(dir, databaseSettings());
    bizA = service.createBusiness();
    bizB = service.createBusiness();
    caseA = openCase(service, bizA, "Boulangerie Martin", "F-101", "1200.50", "2026-12-10");
    formulaCase = openCase(service, bizA, "=HYPERLINK(\"http://evil.example\")", "F-202", "300", "2026-10-01");
    caseB = openCase(service, bizB, "Garage Secret", "S-1", "999", "2026-11-01");
    addUser(service, "admin@relance.test", Role.ADMIN);
    addUser(service, "owner@a.test", Role.OWNER, bizA);
    addUser(service, "accountant@a.test", Role.ACCOUNTANT, bizA);
    WebClient admin = signedIn("admin@relance.test");
    eventually("the three cases are listed", () -> admin.get("/web/api/cases").json().path("total").asInt() == 3);
  }

  @AfterAll
  void stop() {
    service.close();
  }

  private WebClient signedIn(String email) {
    WebClient client = new WebClient(service);
    assertEquals(303, client.signIn(email, PASSWORD).status());
    assertNotNull(client.sessionId, "signed in as " + email);
    return client;
  }

  private List<String> caseIds(WebClient client, String query) {
    List<String> ids = new ArrayList<>();
    client.get("/web/api/cases" + query).json().path("cases").forEach(c -> ids.add(c.path("id").asText()));
    return ids;
  }

  @Test
  void nobodyUnauthenticatedReadsAnythingButHealthAndTheSignInPage() {
    WebClient anonymous = new WebClient(service);
    var home = anonymous.get("/");
    assertEquals(200, home.status());
    assertTrue(home.body().contains("signin-form"), "the sign-in form");
    assertTrue(home.header("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
    assertEquals(200, anonymous.get("/admin/signin.js").status());
    assertEquals(200, anonymous.get("/health").status());
    for (String path : List.of("/admin/app.js", "/admin/app.html", "/web/api/me", "/web/api/cases", "/web/api/ageing",
        "/web/api/cases.csv", "/web/api/cases/" + caseA, "/web/api/cases/" + caseA + "/journal.json",
        "/web/api/cases/" + caseA + "/dossier.pdf", "/web/api/cases/" + caseA + "/letters/first_letter.pdf")) {
      assertEquals(401, anonymous.get(path).status(), path);
    }
    assertEquals(401, anonymous.post("/web/api/cases/" + caseA + "/pause", "anything").status());
    assertEquals(401, anonymous.withBearer("/web/api/cases", "rlt_forged").status());
    assertEquals(401, anonymous.withBearer("/api/cases", "wrong").status(), "the API keeps its bearer token");
    assertEquals(200, anonymous.withBearer("/api/cases", TestService.TOKEN).status());
  }

  @Test
  void everyAuthenticatedAnswerForbidsCachingAndSniffing() {
    WebClient admin = signedIn("admin@relance.test");
    WebClient anonymous = new WebClient(service);
    List<WebClient.Answer> answers = new ArrayList<>();
    for (String path : List.of("/", "/admin/app.js", "/web/api/me", "/web/api/cases", "/web/api/ageing",
        "/web/api/cases.csv", "/web/api/cases/" + caseA, "/web/api/cases/" + caseA + "/journal.json",
        "/web/api/cases/" + caseA + "/dossier.pdf", "/web/api/accounts", "/web/api/cases/unknown")) {
      answers.add(admin.get(path));
      answers.add(anonymous.get(path));
    }
    answers.add(admin.post("/web/api/cases/" + caseA + "/pause", null));
    for (String path : List.of("/api/cases", "/api/cases/" + caseA, "/api/cases/" + caseA + "/journal",
        "/api/cases/" + caseA + "/claim", "/api/cases/" + caseA + "/dossier.pdf", "/api/clock", "/api/cases/unknown")) {
      answers.add(anonymous.withBearer(path, TestService.TOKEN));
      answers.add(anonymous.withBearer(path, "wrong"));
    }
    for (WebClient.Answer answer : answers) {
      String what = answer.response().request().uri().getPath() + " (" + answer.status() + ")";
      assertEquals("no-store", answer.header("Cache-Control").orElse(null), what);
      assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(null), what);
    }
  }

  @Test
  void signInSetsAHardenedSessionCookieAndAWrongPasswordSetsNone() {
    WebClient client = new WebClient(service);
    var wrong = client.signIn("owner@a.test", "not the password");
    assertEquals(303, wrong.status());
    assertEquals("/?signin=failed", wrong.header("Location").orElseThrow());
    assertNull(client.sessionId);

    var right = client.signIn("OWNER@a.test", PASSWORD);
    assertEquals("/", right.header("Location").orElseThrow());
    String cookie = right.header("Set-Cookie").orElseThrow();
    for (String attribute : List.of("HttpOnly", "Secure", "SameSite=Strict", "Path=/")) {
      assertTrue(cookie.contains(attribute), attribute + " in " + cookie);
    }
    assertTrue(client.get("/").body().contains("/admin/app.js"), "the page once signed in");
    JsonNode me = client.get("/web/api/me").json();
    assertEquals("owner", me.path("role").asText());
    assertEquals(bizA, me.path("businesses").get(0).path("id").asText());
    assertEquals("Atelier Dupont", me.path("businesses").get(0).path("name").asText());
  }

  @Test
  void anOwnerReachesOnlyItsOwnBusiness() {
    WebClient owner = signedIn("owner@a.test");
    assertEquals(List.of(formulaCase, caseA), caseIds(owner, ""), "oldest due first, business A only");
    assertEquals(List.of(), caseIds(owner, "?business=" + bizB), "asking for B shows nothing");
    assertEquals(200, owner.get("/web/api/cases/" + caseA).status());
    for (String path : List.of("", "/journal.json", "/dossier.pdf", "/letters/first_letter.pdf",
        "/letters/claim_declaration.pdf")) {
      assertEquals(404, owner.get("/web/api/cases/" + caseB + path).status(), "case B" + path);
    }
    assertEquals(404, owner.get("/web/api/cases/" + caseA + "/letters/claim_declaration.pdf").status(),
        "no collective proceedings on case A, no declaration");
    assertEquals(404, owner.post("/web/api/cases/" + caseB + "/pause", owner.csrfToken).status());
    assertFalse(owner.get("/web/api/cases.csv").body().contains("Garage Secret"));
    var ageing = owner.get("/web/api/ageing");
    assertEquals(200, ageing.status(), ageing.body());
    assertEquals(1, ageing.json().size(), ageing.body());
    assertEquals(bizA, ageing.json().get(0).path("businessId").asText());
    assertEquals(5, ageing.json().get(0).path("buckets").size());
  }

  @Test
  void everyChangeThroughASessionNeedsItsCsrfToken() {
    WebClient owner = signedIn("owner@a.test");
    assertEquals(403, owner.post("/web/api/cases/" + caseA + "/pause", null).status(), "no token");
    assertEquals(403, owner.post("/web/api/cases/" + caseA + "/pause", "forged").status(), "wrong token");
    WebClient other = signedIn("owner@a.test");
    assertEquals(403, owner.post("/web/api/cases/" + caseA + "/pause", other.csrfToken).status(),
        "another session's token");
    var paused = owner.post("/web/api/cases/" + caseA + "/pause", owner.csrfToken);
    assertEquals(200, paused.status(), paused.body());
    assertEquals("paused", paused.json().path("status").asText());
    assertEquals(200, owner.post("/web/api/cases/" + caseA + "/resume", owner.csrfToken).status());
    assertEquals("open", owner.get("/web/api/cases/" + caseA).json().path("case").path("status").asText());
  }

  @Test
  void anAccountantReadsItsBusinessesAndChangesNothing() {
    WebClient accountant = signedIn("accountant@a.test");
    assertEquals(2, caseIds(accountant, "").size());
    JsonNode page = accountant.get("/web/api/cases/" + caseA).json();
    assertFalse(page.path("canChange").asBoolean());
    var refused = accountant.post("/web/api/cases/" + caseA + "/pause", accountant.csrfToken);
    assertEquals(403, refused.status());
    assertTrue(refused.json().path("error").asText().contains("read this case but not change it"));
    assertEquals(404, accountant.get("/web/api/cases/" + caseB).status());
  }

  @Test
  void settlingADisputeFromThePageIsBoundLikeEveryChange() {
    String resolve = "/web/api/cases/" + caseA + "/dispute/resolve";
    WebClient accountant = signedIn("accountant@a.test");
    assertEquals(403, accountant.postJson(resolve, "{\"outcome\": \"rejected\"}", accountant.csrfToken).status());
    WebClient owner = signedIn("owner@a.test");
    assertEquals(403, owner.postJson(resolve, "{\"outcome\": \"rejected\"}", "forged").status(), "no CSRF token");
    var noOutcome = owner.postJson(resolve, "{}", owner.csrfToken);
    assertEquals(400, noOutcome.status(), noOutcome.body());
    assertEquals("outcome", noOutcome.json().path("field").asText());
    assertEquals(409, owner.postJson(resolve, "{\"outcome\": \"rejected\"}", owner.csrfToken).status(),
        "no dispute is open on this case");
    assertEquals(404, owner.postJson("/web/api/cases/" + caseB + "/dispute/resolve", "{\"outcome\": \"rejected\"}",
        owner.csrfToken).status());
  }

  @Test
  void anAdminSeesEveryBusiness() {
    WebClient admin = signedIn("admin@relance.test");
    assertEquals(List.of(formulaCase, caseA), caseIds(admin, "?business=" + bizA));
    assertEquals(List.of(caseB), caseIds(admin, "?business=" + bizB));
    assertTrue(admin.get("/web/api/me").json().path("businesses").findValuesAsText("id").containsAll(List.of(bizA, bizB)));
    assertTrue(admin.get("/web/api/cases/" + caseB).json().path("canChange").asBoolean());
  }

  @Test
  void apiTokensActAsTheirAccountUntilRevoked() {
    ApiTokens tokens = new ApiTokens(service.relance().dataSource(), accounts(service), Clock.systemUTC());
    var created = tokens.create(accounts(service).find("owner@a.test").orElseThrow(), "script");
    WebClient script = new WebClient(service);
    assertEquals(200, script.withBearer("/web/api/cases/" + caseA, created.token()).status());
    assertEquals(404, script.withBearer("/web/api/cases/" + caseB, created.token()).status());
    tokens.revoke(created.id());
    assertEquals(401, script.withBearer("/web/api/cases/" + caseA, created.token()).status());
  }

  @Test
  void searchFindsDebtorsAndInvoiceNumbersAndBadFiltersAreNamed() {
    WebClient admin = signedIn("admin@relance.test");
    assertEquals(List.of(caseA), caseIds(admin, "?q=martin"));
    assertEquals(List.of(caseB), caseIds(admin, "?q=s-1"));
    assertEquals(List.of(), caseIds(admin, "?q=%25"), "a % is searched literally");
    String stage = admin.get("/web/api/cases/" + caseA).json().path("case").path("stage").asText();
    JsonNode filtered = admin.get("/web/api/cases?business=" + bizA + "&status=open&stage=" + stage).json();
    assertTrue(filtered.path("cases").findValuesAsText("id").contains(caseA));
    filtered.path("cases").forEach(c -> assertEquals(stage, c.path("stage").asText()));
    assertEquals(List.of(), caseIds(admin, "?status=closed"));
    assertEquals(List.of(caseA), caseIds(admin, "?business=" + bizA + "&minBalance=1000"), "1 200,50 € but not 300 €");
    String next = admin.get("/web/api/cases/" + caseA).json().path("case").path("nextStep").path("stage").asText();
    assertTrue(caseIds(admin, "?business=" + bizA + "&next=" + next).contains(caseA));
    assertEquals(400, admin.get("/web/api/cases?next=sideways").status());
    assertEquals("minBalance", admin.get("/web/api/cases?minBalance=lots").json().path("field").asText());
    var bad = admin.get("/web/api/cases?stage=sideways");
    assertEquals(400, bad.status());
    assertEquals("stage", bad.json().path("field").asText());
    assertEquals(400, admin.get("/web/api/cases?page=0").status());
  }

  @Test
  void theCsvExportNeutralisesFormulasAndTheJournalDownloadsAsJson() {
    WebClient owner = signedIn("owner@a.test");
    var csv = owner.get("/web/api/cases.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.header("Content-Disposition").orElseThrow().contains("attachment"));
    assertTrue(csv.body().contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), csv.body());
    assertTrue(csv.body().startsWith("\"case_id\",\"business_id\",\"debtor\""));

    var journal = owner.get("/web/api/cases/" + caseA + "/journal.json");
    assertEquals(200, journal.status());
    assertTrue(journal.header("Content-Disposition").orElseThrow().contains("case-" + caseA + "-journal.json"));
    assertEquals("CaseOpened", journal.json().get(0).path("type").asText());
  }

  @Test
  void signOutNeedsTheTokenAndEndsTheSession() {
    WebClient owner = signedIn("owner@a.test");
    assertEquals(403, owner.postForm("/signout", "csrf=forged").status());
    var out = owner.postForm("/signout", "csrf=" + owner.csrfToken);
    assertEquals(303, out.status());
    assertTrue(out.header("Set-Cookie").orElseThrow().contains("Max-Age=0"));
    assertEquals(401, owner.get("/web/api/me").status(), "the old cookie opens nothing");
  }

  @Test
  void casesComeInPagesOfTwentyFive() {
    String bizC = service.createBusiness();
    for (int i = 0; i < CaseWebRoutes.PAGE_SIZE + 2; i++) {
      openCase(service, bizC, "Client " + i, "P-" + i, "10", "2026-12-01");
    }
    WebClient admin = signedIn("admin@relance.test");
    eventually("all listed", () -> admin.get("/web/api/cases?business=" + bizC).json().path("total").asInt() == 27);
    JsonNode first = admin.get("/web/api/cases?business=" + bizC).json();
    assertEquals(25, first.path("cases").size());
    JsonNode second = admin.get("/web/api/cases?business=" + bizC + "&page=2").json();
    assertEquals(2, second.path("cases").size());
    assertEquals(2, second.path("page").asInt());
    assertTrue(admin.get("/web/api/cases?business=" + bizC + "&page=3").json().path("cases").isEmpty());
  }

  @Test
  void theAdminPageBoundsItsInputs() {
    WebClient admin = signedIn("admin@relance.test");
    for (String query : List.of("page=2147483647", "page=99999", "minBalance=1e5000000", "minBalance=" + "9".repeat(40),
        "q=" + "m".repeat(201))) {
      var refused = admin.get("/web/api/cases?" + query);
      assertEquals(400, refused.status(), query + ": " + refused.body());
      assertEquals(query.substring(0, query.indexOf('=')), refused.json().path("field").asText(), query);
    }
    String body = """
        {"email": "%s@a.test", "role": "accountant", "businesses": ["%s"], "password": "%s"}""";
    var longEmail = admin.postJson("/web/api/accounts", body.formatted("e".repeat(300), bizA, PASSWORD), admin.csrfToken);
    assertEquals(400, longEmail.status(), longEmail.body());
    assertEquals("email", longEmail.json().path("field").asText());
    var longPassword = admin.postJson("/web/api/accounts", body.formatted("p", bizA, "x".repeat(1001)), admin.csrfToken);
    assertEquals("password", longPassword.json().path("field").asText(), longPassword.body());
    var longBusiness = admin.postJson("/web/api/accounts", body.formatted("b", "z".repeat(65), PASSWORD),
        admin.csrfToken);
    assertEquals("businesses", longBusiness.json().path("field").asText(), longBusiness.body());
    assertEquals(400, admin.postJson("/web/api/accounts", "null", admin.csrfToken).status());
  }

  @Test
  void onlyAnAdminManagesAccountsAndADisabledAccountIsSignedOut() {
    WebClient owner = signedIn("owner@a.test");
    assertEquals(403, owner.get("/web/api/accounts").status());
    assertEquals(403, owner.postJson("/web/api/accounts", "{}", owner.csrfToken).status());

    WebClient admin = signedIn("admin@relance.test");
    assertTrue(admin.get("/web/api/accounts").json().findValuesAsText("email").contains("owner@a.test"));
    String body = """
        {"email": "new@a.test", "role": "accountant", "businesses": ["%s"], "password": "%s"}""".formatted(bizA, PASSWORD);
    assertEquals(403, admin.postJson("/web/api/accounts", body, null).status(), "no CSRF token");
    var added = admin.postJson("/web/api/accounts", body, admin.csrfToken);
    assertEquals(201, added.status(), added.body());
    assertFalse(added.body().contains("argon2"), "no password hash leaves the server");
    var refused = admin.postJson("/web/api/accounts", body, admin.csrfToken);
    assertEquals(400, refused.status());
    assertTrue(refused.json().path("error").asText().contains("already exists"));
    assertEquals(400, admin.postJson("/web/api/accounts", body.replace("accountant", "boss"), admin.csrfToken).status());

    WebClient newcomer = signedIn("new@a.test");
    assertEquals(2, caseIds(newcomer, "").size());
    assertEquals(200, admin.postJson("/web/api/accounts/new@a.test/businesses",
        "{\"businesses\": [\"" + bizB + "\"]}", admin.csrfToken).status());
    assertEquals(List.of(caseB), caseIds(newcomer, ""), "now sees B only");
    assertEquals(200, admin.postJson("/web/api/accounts/new@a.test/disable", "", admin.csrfToken).status());
    assertEquals(401, newcomer.get("/web/api/me").status(), "its session ends");
    assertEquals(404, admin.postJson("/web/api/accounts/nobody@a.test/disable", "", admin.csrfToken).status());
  }

  @Test
  void aOneTimeLinkShowsAPageThenOpensOneSession() {
    String token = new SignInLinks(service.relance().dataSource(), accounts(service), Clock.systemUTC())
        .create(accounts(service).find("owner@a.test").orElseThrow(), java.time.Duration.ofMinutes(15));
    WebClient visitor = new WebClient(service);
    var page = visitor.get("/signin/link/" + token);
    assertEquals(200, page.status(), "a link preview (GET) sees the page and uses nothing");
    assertTrue(page.body().contains("link-token"));
    var used = visitor.postForm("/signin/link", "token=" + token);
    assertEquals("/", used.header("Location").orElseThrow());
    assertTrue(used.header("Set-Cookie").orElseThrow().contains("HttpOnly"));
    var again = visitor.postForm("/signin/link", "token=" + token);
    assertEquals("/?signin=expired", again.header("Location").orElseThrow());
    assertTrue(again.header("Set-Cookie").isEmpty());
  }

  @Test
  void repeatedWrongPasswordsMakeTheEmailWait() {
    addUser(service, "guess@a.test", Role.OWNER, bizA);
    WebClient guesser = new WebClient(service);
    for (int i = 0; i < 5; i++) {
      assertEquals("/?signin=failed", guesser.signIn("guess@a.test", "wrong " + i).header("Location").orElseThrow());
    }
    assertEquals("/?signin=throttled", guesser.signIn("guess@a.test", PASSWORD).header("Location").orElseThrow(),
        "even the right password waits");
    assertNull(guesser.sessionId);
    assertEquals("/", new WebClient(service).signIn("owner@a.test", PASSWORD).header("Location").orElseThrow(),
        "other emails are not held up");
  }
}
