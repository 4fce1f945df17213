package org.relance.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.relance.accounts.FirstAdminLinks;
import org.relance.accounts.Role;
import org.relance.app.TestService;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.admin.AdminFixture.*;

/**
 * The first admin created while the service runs, over HTTP against the real service: the start
 * prints a one-time link while no account exists; its page is not cached and sets the form token;
 * bad input sends back to the page and leaves the link usable; a post from another site or
 * without the form token is refused; the right form creates the admin and signs it in, once; the
 * link is refused after that, after a later start replaced it, and once it expired.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdminLinkTest {

  private TestService service;
  private String path;

  @BeforeAll
  void start(@TempDir Path dir) {
    service = TestService.start(dir);
    path = service.relance().firstAdminPath();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  private FirstAdminLinks links(Clock clock) {
    return new FirstAdminLinks(service.relance().dataSource(), accounts(service), clock);
  }

  private static String form(String email, String password, String repeated) {
    return "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&password2="
        + URLEncoder.encode(repeated, StandardCharsets.UTF_8);
  }

  /** Opens the sign-in page (for the form token), then posts the form with the link's token. */
  private static WebClient.Answer post(WebClient browser, String linkPath, String form) {
    browser.get("/");
    return browser.postForm("/signin/first-admin",
        "token=" + linkPath.substring(linkPath.lastIndexOf('/') + 1) + "&" + form);
  }

  private static String location(WebClient.Answer answer) {
    return answer.header("Location").orElse("status " + answer.status());
  }

  @Test
  @Order(1)
  void aLinkReplacedByALaterStartOrExpiredIsRefused() {
    String replaced = links(Clock.systemUTC()).issueIfNoAccount(Duration.ofMinutes(5)).orElseThrow().token();
    String latest = links(Clock.systemUTC()).issueIfNoAccount(Duration.ofMinutes(5)).orElseThrow().token();
    WebClient browser = new WebClient(service);
    assertEquals("/?signin=first_spent", location(browser.get("/signin/first-admin/" + replaced)));
    assertEquals("/?signin=first_spent",
        location(post(browser, "/signin/first-admin/" + replaced, form("a@b.test", PASSWORD, PASSWORD))));
    assertEquals(Optional.of(FirstAdminLinks.Refusal.LINK_SPENT),
        links(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6))).check(latest), "expired");
    assertEquals(Optional.empty(), links(Clock.systemUTC()).check(latest), "still good before it expires");
    assertTrue(accounts(service).list().isEmpty(), "nothing created");
    // the start's own link was replaced too: a new one stands for the next start
    path = "/signin/first-admin/" + links(Clock.systemUTC()).issueIfNoAccount(Duration.ofHours(1)).orElseThrow().token();
  }

  @Test
  @Order(2)
  void theLinkPrintedAtStartCreatesTheFirstAdminOnce() {
    assertTrue(service.relance().startupReport().stream()
            .anyMatch(l -> l.contains("/signin/first-admin/") && l.contains("first admin")),
        "the start prints the link: " + service.relance().startupReport());
    WebClient browser = new WebClient(service);
    WebClient.Answer page = browser.get(path);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("first-admin-form"));
    assertEquals(Optional.of("no-store"), page.header("Cache-Control"));
    assertNotNull(browser.formToken, "the page sets the sign-in form's token");

    var crossSite = send(HttpRequest.newBuilder(service.uri("/signin/first-admin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
        .header("Cookie", SignInForms.COOKIE + "=" + browser.formToken)
        .POST(HttpRequest.BodyPublishers.ofString("token=x&csrf=" + browser.formToken + "&"
            + form("evil@b.test", PASSWORD, PASSWORD))).build());
    assertEquals(403, crossSite.statusCode(), "posted from another site");
    WebClient noToken = new WebClient(service);
    assertTrue(location(noToken.postForm("/signin/first-admin", "token=" + token() + "&"
        + form("a@b.test", PASSWORD, PASSWORD))).endsWith("?problem=retry"), "a form without the page's token");
    assertTrue(location(post(browser, path, form("ops@b.test", PASSWORD, PASSWORD + "x"))).endsWith("?problem=mismatch"));
    assertTrue(location(post(browser, path, form("ops@b.test", "short", "short"))).endsWith("?problem=password"));
    assertTrue(location(post(browser, path, form("not an email", PASSWORD, PASSWORD))).endsWith("?problem=invalid_email"));
    assertTrue(accounts(service).list().isEmpty(), "bad input creates nothing");

    WebClient.Answer created = post(browser, path, form("Ops@B.test", PASSWORD, PASSWORD));
    assertEquals("/", location(created));
    String session = created.header("Set-Cookie").filter(c -> c.startsWith(WebAccess.COOKIE + "="))
        .map(c -> c.substring(WebAccess.COOKIE.length() + 1, c.indexOf(';'))).orElseThrow();
    browser.sessionId = session;
    assertEquals("admin", browser.get("/web/api/me").json().path("role").asText(), "signed in as the new admin");
    assertEquals(Role.ADMIN, accounts(service).find("ops@b.test").orElseThrow().role());

    WebClient other = new WebClient(service);
    assertEquals("/?signin=first_exists", location(post(other, path, form("second@b.test", PASSWORD, PASSWORD))),
        "used twice");
    assertEquals("/?signin=first_exists", location(other.get(path)), "its page says so too");
    assertEquals(1, accounts(service).list().size());
    assertEquals(Optional.empty(), links(Clock.systemUTC()).issueIfNoAccount(Duration.ofHours(1)),
        "no link once an account exists");
  }

  @Test
  @Order(3)
  void aLinkFromBeforeTheFirstAccountIsRefusedOnceAnAccountExists() {
    assertFalse(accounts(service).list().isEmpty());
    WebClient browser = new WebClient(service);
    assertEquals("/?signin=first_exists", location(post(browser, "/signin/first-admin/anything",
        form("late@b.test", PASSWORD, PASSWORD))));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String token() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
