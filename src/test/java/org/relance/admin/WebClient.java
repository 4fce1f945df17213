package org.relance.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.app.TestService;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A browser-like HTTP client for the admin page in tests: signs in with the form, keeps the
 * session cookie (set by hand, so the test sees its attributes) and the CSRF token.
 */
final class WebClient {

  /** An answer: status, body and the response. */
  record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }
  }

  private final TestService service;
  private final HttpClient http = HttpClient.newHttpClient();
  String sessionId;
  String csrfToken;

  WebClient(TestService service) {
    this.service = service;
  }

  /** Posts the sign-in form; returns the answer (303 either way). */
  Answer signIn(String email, String password) {
    String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Answer answer = send(HttpRequest.newBuilder(service.uri("/signin"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    answer.header("Set-Cookie").filter(c -> c.startsWith(WebAccess.COOKIE + "="))
        .ifPresent(c -> sessionId = c.substring(WebAccess.COOKIE.length() + 1, c.indexOf(';')));
    if (sessionId != null) {
      csrfToken = get("/web/api/me").json().path("csrfToken").asText();
    }
    return answer;
  }

  Answer get(String path) {
    return send(withCookie(HttpRequest.newBuilder(service.uri(path))).GET());
  }

  /** An empty POST carrying the CSRF token (or none when {@code csrf} is null). */
  Answer post(String path, String csrf) {
    return postJson(path, "", csrf);
  }

  /** A JSON POST carrying the CSRF token (or none when {@code csrf} is null). */
  Answer postJson(String path, String json, String csrf) {
    HttpRequest.Builder builder = withCookie(HttpRequest.newBuilder(service.uri(path)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) {
      builder.header(WebAccess.CSRF_HEADER, csrf);
    }
    return send(builder);
  }

  Answer postForm(String path, String form) {
    return send(withCookie(HttpRequest.newBuilder(service.uri(path)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  Answer withBearer(String path, String token) {
    return send(HttpRequest.newBuilder(service.uri(path)).header("Authorization", "Bearer " + token).GET());
  }

  private HttpRequest.Builder withCookie(HttpRequest.Builder builder) {
    return sessionId == null ? builder : builder.header("Cookie", WebAccess.COOKIE + "=" + sessionId);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (Exception e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    }
  }
}
