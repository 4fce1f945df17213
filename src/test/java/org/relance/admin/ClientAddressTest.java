package org.relance.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.accounts.Role;
import org.relance.app.TestService;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.relance.admin.AdminFixture.*;

/** By default the client address is the connection's: an {@code X-Forwarded-For} header changes nothing. */
class ClientAddressTest {

  @Test
  void aForgedForwardedForDoesNotEscapeTheAddressLimit(@TempDir Path dir) throws Exception {
    try (TestService service = TestService.start(dir)) {
      addUser(service, "owner@a.test", Role.ADMIN);
      String token = SignInHardeningTest.formToken(service);
      HttpClient http = HttpClient.newHttpClient();
      String outcome = "";
      for (int i = 0; i <= 20; i++) {
        boolean last = i == 20;
        String form = "email=" + URLEncoder.encode(last ? "owner@a.test" : "nobody" + i + "@a.test",
            StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(last ? PASSWORD : "wrong password",
            StandardCharsets.UTF_8) + "&csrf=" + token;
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(service.uri("/signin"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "relance_signin=" + token)
            .header("X-Forwarded-For", "192.0.2." + i).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.ofString());
        outcome = SignInHardeningTest.outcome(answer);
        if (!last) {
          assertEquals("failed", outcome, "try " + i);
        }
      }
      assertEquals("throttled", outcome, "twenty failures from this connection's address, whatever the header said");
    }
  }
}
