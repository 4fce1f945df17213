package org.relance.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.accounts.Role;
import org.relance.app.TestService;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.admin.AdminFixture.*;

/**
 * Password sign-in under attack, against the real service: tries reserved before hashing (so
 * concurrency cannot bypass the limit), a limit per client address, hashing on a small pool of its
 * own (a flood is refused there and the API keeps answering), no sign-in from another site.
 * The service trusts {@code X-Forwarded-For} here so each test plays its own client address; the
 * API's blocking pool has one thread so that, before the fix, hashing visibly shared it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInHardeningTest {

  private static final String FORM_COOKIE = "relance_signin";

  private TestService service;
  private final HttpClient http = HttpClient.newHttpClient();
  private String formToken;

  @BeforeAll
  void start(@TempDir Path dir) {
    service = TestService.start(dir, Map.of(
        "relance.admin.trust-forwarded-for", true,
        "relance.admin.password-hashing.threads", 1,
        "relance.admin.password-hashing.queue", 30,
        "relance-blocking-dispatcher.thread-pool-executor.fixed-pool-size", 1));
    addUser(service, "flood@a.test", Role.ADMIN);
    addUser(service, "address@a.test", Role.ADMIN);
    formToken = formToken(service);
  }

  @AfterAll
  void stop() {
    service.close();
  }

  /** The sign-in form's token, from the cookie the sign-in page sets ("none" if it sets none). */
  static String formToken(TestService on) {
    HttpResponse<String> page = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(on.uri("/")).GET().build());
    return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(FORM_COOKIE + "="))
        .map(c -> c.substring(FORM_COOKIE.length() + 1, c.indexOf(';'))).findFirst().orElse("none");
  }

  private HttpRequest.Builder form(String path, String body, String from) {
    return HttpRequest.newBuilder(service.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Forwarded-For", from).header("Cookie", FORM_COOKIE + "=" + formToken)
        .POST(HttpRequest.BodyPublishers.ofString(body + "&csrf=" + formToken));
  }

  private HttpRequest signIn(String email, String password, String from) {
    return form("/signin", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8), from).build();
  }

  /** What a sign-in answer did: {@code session}, {@code failed}, {@code throttled}, {@code busy}, or the status. */
  static String outcome(HttpResponse<String> answer) {
    boolean session = answer.headers().allValues("Set-Cookie").stream()
        .anyMatch(c -> c.startsWith(WebAccess.COOKIE + "=") && !c.startsWith(WebAccess.COOKIE + "=;"));
    if (session) {
      return "session";
    }
    String location = answer.headers().firstValue("Location").orElse("");
    return location.startsWith("/?signin=") ? location.substring("/?signin=".length()) : "status " + answer.statusCode();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> count(List<String> outcomes) {
    return new TreeMap<>(outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
  }

  @Test
  void sixtyConcurrentTriesWithOneRightPasswordOpenNoSessionAndLockTheAccount() {
    String from = "198.51.100.1";
    List<CompletableFuture<HttpResponse<String>>> wrong = new ArrayList<>();
    for (int i = 0; i < 59; i++) {
      wrong.add(http.sendAsync(signIn("flood@a.test", "wrong password " + i, from), HttpResponse.BodyHandlers.ofString()));
    }
    // the right password goes while the wrong ones are still in flight
    CompletableFuture.anyOf(wrong.toArray(CompletableFuture[]::new)).join();
    HttpResponse<String> right = send(http, signIn("flood@a.test", PASSWORD, from));
    List<String> outcomes = new ArrayList<>(wrong.stream().map(f -> outcome(f.join())).toList());
    outcomes.add(outcome(right));

    assertEquals("throttled", outcome(right), "the right password came after five tries: " + count(outcomes));
    assertEquals(Map.of("failed", 5L, "throttled", 55L), count(outcomes), "exactly five tries were checked");
    assertEquals("throttled", outcome(send(http, signIn("flood@a.test", PASSWORD, "198.51.100.99"))),
        "the account stays locked, from any address");
  }

  @Test
  void oneAddressIsLimitedAcrossAccountsAndOthersAreNot() {
    String from = "198.51.100.2";
    for (int i = 0; i < 20; i++) {
      assertEquals("failed", outcome(send(http, signIn("nobody" + i + "@a.test", "wrong password", from))), "try " + i);
    }
    assertEquals("throttled", outcome(send(http, signIn("address@a.test", PASSWORD, from))),
        "20 failures from one address hold it, whatever the account");
    assertEquals("session", outcome(send(http, signIn("address@a.test", PASSWORD, "198.51.100.3"))),
        "another address signs in");
  }

  @Test
  void aSignInFloodWaitsOnTheHashingPoolOrIsRefusedWhileTheApiAnswers() {
    AtomicInteger answered = new AtomicInteger();
    List<CompletableFuture<String>> flood = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      flood.add(http.sendAsync(signIn("flood" + i + "@b.test", "wrong password", "203.0.113." + i),
          HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            answered.incrementAndGet();
            return outcome(r);
          }));
    }
    for (int i = 0; i < 3; i++) {
      assertEquals(200, service.get("/api/cases").status());
      assertTrue(answered.get() < flood.size(), "the API answered while sign-ins were still being checked ("
          + answered.get() + " of " + flood.size() + " answered)");
    }
    Map<String, Long> outcomes = count(flood.stream().map(CompletableFuture::join).toList());
    assertTrue(outcomes.getOrDefault("busy", 0L) > 0, "past its queue the hashing pool refuses: " + outcomes);
    assertEquals(60, outcomes.getOrDefault("busy", 0L) + outcomes.getOrDefault("failed", 0L), outcomes.toString());
  }

  @Test
  void aSignInPostedFromAnotherSiteIsRefused() {
    String from = "198.51.100.4";
    var crossOrigin = send(http, HttpRequest.newBuilder(signIn("address@a.test", PASSWORD, from), (n, v) -> true)
        .header("Origin", "https://evil.example").build());
    assertEquals(403, crossOrigin.statusCode(), outcome(crossOrigin));
    var crossSite = send(http, HttpRequest.newBuilder(signIn("address@a.test", PASSWORD, from), (n, v) -> true)
        .header("Sec-Fetch-Site", "cross-site").build());
    assertEquals(403, crossSite.statusCode(), outcome(crossSite));
    var withoutToken = send(http, HttpRequest.newBuilder(service.uri("/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", from)
        .POST(HttpRequest.BodyPublishers.ofString("email=address%40a.test&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build());
    assertEquals("retry", outcome(withoutToken), "a form without the sign-in page's token");
    var link = send(http, form("/signin/link", "token=whatever", from).header("Sec-Fetch-Site", "cross-site").build());
    assertEquals(403, link.statusCode(), "a one-time link posted from another site");

    var sameOrigin = send(http, HttpRequest.newBuilder(signIn("address@a.test", PASSWORD, from), (n, v) -> true)
        .header("Origin", "http://127.0.0.1:" + service.relance().httpPort()).header("Sec-Fetch-Site", "same-origin")
        .build());
    assertEquals("session", outcome(sameOrigin), "the page's own form signs in");
  }
}
