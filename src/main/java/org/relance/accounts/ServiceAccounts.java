package org.relance.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code user add} through the running service, when it holds the embedded H2 file: {@code POST
 * /api/accounts} with the API's admin token ({@code relance.admin.token}) at the service's own
 * {@code relance.http.host} and {@code port} (127.0.0.1 when it listens on every interface).
 */
final class ServiceAccounts {

  /** What the service answered: whether the account was added, and the service's reason when not. */
  record Answer(boolean added, String reason) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private ServiceAccounts() {}

  /** The address {@code user add} posts to. */
  static URI address(Config config) {
    String host = config.getString("relance.http.host");
    String local = host.isBlank() || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    return URI.create("http://" + local + ":" + config.getInt("relance.http.port") + "/api/accounts");
  }

  static Answer add(Config config, String email, String role, Set<String> businesses, String password) {
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("email", email);
    account.put("role", role);
    account.put("businesses", List.copyOf(businesses));
    account.put("password", password);
    URI address = address(config);
    try {
      HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(
          HttpRequest.newBuilder(address).timeout(TIMEOUT).header("Content-Type", "application/json")
              .header("Authorization", "Bearer " + config.getString("relance.admin.token"))
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(account))).build(),
          HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 201) {
        return new Answer(true, "");
      }
      String reason = answer.statusCode() == 401 ? "the service refused relance.admin.token (is it the one it runs with?)"
          : JSON.readTree(answer.body()).path("error").asText("the service answered " + answer.statusCode());
      return new Answer(false, reason);
    } catch (IOException e) {
      return new Answer(false, "the H2 file is held by another process, and no service answers at " + address
          + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(false, "interrupted");
    }
  }
}
