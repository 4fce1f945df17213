package org.relance.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.app.TestService;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A browser-like HTTP client for the admin page in tests: signs in with the form, keeps the
 * session cookie (set by hand, so the test sees its attributes), the CSRF token and the sign-in form's token.
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
  private static final String FORM_COOKIE = "relance_signin";

  String sessionId;
  String csrfToken;
  /** The sign-in form's token, from the cookie the sign-in pages set. */
  String formToken;

  WebClient(TestService service) {
    this.service = service;
  }

  /** Opens the sign-in page (for its form token), then posts the form; returns the answer (303 either way). */
  Answer signIn(String email, String password) {
    get("/");
    Answer answer = postForm("/signin", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8));
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

  /** Posts a form as the page does, with the sign-in form's token when a page has set one. */
  Answer postForm(String path, String form) {
    String withToken = formToken == null ? form : form + "&csrf=" + formToken;
    return send(withCookie(HttpRequest.newBuilder(service.uri(path)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(withToken)));
  }

  Answer withBearer(String path, String token) {
    return send(HttpRequest.newBuilder(service.uri(path)).header("Authorization", "Bearer " + token).GET());
  }

  private HttpRequest.Builder withCookie(HttpRequest.Builder builder) {
    List<String> cookies = new ArrayList<>();
    if (sessionId != null) {
      cookies.add(WebAccess.COOKIE + "=" + sessionId);
    }
    if (formToken != null) {
      cookies.add(FORM_COOKIE + "=" + formToken);
    }
    return cookies.isEmpty() ? builder : builder.header("Cookie", String.join("; ", cookies));
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(FORM_COOKIE + "="))
          .forEach(c -> formToken = c.substring(FORM_COOKIE.length() + 1, c.indexOf(';')));
      return new Answer(response.statusCode(), response.body(), response);
    } catch (Exception e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    }
  }
}
