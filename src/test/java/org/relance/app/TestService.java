package org.relance.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import org.relance.config.RelanceConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The real service for a test: H2 in a temporary directory (or the given database), the simulated
 * clock, a free port, a known admin token; and a small JSON client for its API.
 */
public final class TestService implements ApiClient, AutoCloseable {

  public static final String TOKEN = "test-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Relance relance;
  private final HttpClient http = HttpClient.newHttpClient();

  /** An answer: status and JSON body (kept here for the tests that name it). */
  public record Answer(int status, JsonNode body) {
    public String text(String field) {
      return body.path(field).asText();
    }
  }

  private TestService(Relance relance) {
    this.relance = relance;
  }

  public static TestService start(Path dataDir) {
    return start(dataDir, Map.of());
  }

  public static TestService start(Path dataDir, Map<String, Object> overrides) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("relance.data-dir", dataDir.toString());
    settings.put("relance.http.port", 0);
    settings.put("relance.http.host", "127.0.0.1");
    settings.put("relance.admin.token", TOKEN);
    settings.put("relance.clock.mode", "simulated");
    settings.put("relance.clock.start", "2026-11-23T08:00:00Z");
    settings.put("relance.read-side.poll-interval", "20ms");
    settings.putAll(overrides);
    return new TestService(Relance.start(RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(settings))));
  }

  public Relance relance() {
    return relance;
  }

  @Override
  public Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN).GET());
  }

  @Override
  public Answer post(String path, String json) {
    return post(path, json, null);
  }

  public Answer post(String path, String json, String idempotencyKey) {
    var builder = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
    if (idempotencyKey != null) {
      builder.header("Idempotency-Key", idempotencyKey);
    }
    return send(builder);
  }

  public Answer raw(HttpRequest.Builder request) {
    return send(request);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + relance.httpPort() + path);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Answer(response.statusCode(), body);
    } catch (Exception e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    relance.stop();
  }
}
