package org.relance.debtorpage;

import org.relance.app.TestService;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client of the debtor page in tests: keeps its cookies, reads the forms' tokens from the HTML. */
final class PageClient {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  /** An answer: status, body, the response. */
  record Answer(int status, String body, HttpResponse<String> response) {
    String csrf() {
      Matcher m = CSRF.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no form token in " + body);
      }
      return m.group(1);
    }
  }

  private final TestService service;
  private final HttpClient http;

  PageClient(TestService service) {
    this.service = service;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(service.uri(path)).GET());
  }

  Answer post(String path, Map<String, String> fields) {
    String form = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
        StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(service.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Opens the page and answers the verification question with {@code answer}. */
  Answer verify(String token, String answer) {
    String csrf = get("/d/" + token).csrf();
    return post("/d/" + token + "/verify", Map.of("answer", answer, "csrf", csrf));
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (Exception e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    }
  }
}
