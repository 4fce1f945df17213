package org.relance.telegram;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.Relance;
import org.relance.config.RelanceConfig;
import org.relance.conversations.Script;
import org.relance.conversations.ScriptRunner;
import org.relance.telegram.standin.BotApiStandIn;
import org.relance.telegram.standin.StandInState.Call;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook mode end to end: setWebhook at start, the secret header, once-only updates; and running with no bot. */
class TelegramWebhookTest {

  private static final String UPDATE = """
      {"update_id": 500, "message": {"message_id": 7, "date": 1790000000,
        "chat": {"id": 4242, "type": "private", "first_name": "Nina"},
        "from": {"id": 4242, "is_bot": false, "first_name": "Nina", "language_code": "fr"},
        "text": "Bonjour"}}""";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void refusesAWrongSecretAndHandlesARedeliveredUpdateOnce(@TempDir Path dataDir) throws Exception {
    try (BotApiStandIn standIn = BotApiStandIn.start(0)) {
      Relance relance = Relance.start(ScriptRunner.serviceConfig(dataDir, standIn, Script.Profile.FAST, Map.of(
          "relance.telegram.mode", "webhook",
          "relance.telegram.webhook.url", "https://relance.example.org/telegram/webhook",
          "relance.telegram.webhook.secret", "s3cret")));
      try {
        Call setWebhook = standIn.state().calls().stream().filter(c -> c.method().equals("setwebhook"))
            .findFirst().orElseThrow();
        assertEquals("https://relance.example.org/telegram/webhook", setWebhook.params().get("url"));
        assertEquals("s3cret", setWebhook.params().get("secret_token"));

        String webhook = "http://127.0.0.1:" + relance.httpPort() + "/telegram/webhook";
        assertEquals(401, post(webhook, null).statusCode(), "no secret header");
        assertEquals(401, post(webhook, "wrong").statusCode(), "wrong secret");
        assertEquals(200, post(webhook, "s3cret").statusCode());
        Call greeting = standIn.state().awaitCall(0, c -> c.method().equals("sendmessage"), Duration.ofSeconds(10))
            .orElseThrow(() -> new AssertionError("the greeting was not sent"));
        assertEquals("4242", greeting.chatId());
        assertTrue(greeting.text().startsWith("Bonjour Nina !"), greeting.text());

        assertEquals(200, post(webhook, "s3cret").statusCode(), "a redelivery is acknowledged");
        assertTrue(standIn.state().awaitCall(greeting.sequence(), c -> c.method().equals("sendmessage"),
            Duration.ofSeconds(1)).isEmpty(), "but not answered twice");
        assertEquals(1, standIn.state().calls().stream().filter(c -> c.method().equals("sendmessage")).count(),
            "the two refused posts were not handled either");
        for (String body : java.util.List.of("null", "[]", "42", "\"text\"", "{\"update_id\": []}", "{not json")) {
          var refused = post(webhook, "s3cret", body);
          assertEquals(400, refused.statusCode(), body + ": " + refused.body());
          assertFalse(refused.body().contains("org.") || refused.body().contains("Exception"), refused.body());
        }
      } finally {
        relance.stop();
      }
    }
  }

  @Test
  void withoutATokenTheServiceRunsAndSaysHowToConnectABot(@TempDir Path dataDir) throws Exception {
    Relance relance = Relance.start(RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(Map.of(
        "relance.data-dir", dataDir.toString(), "relance.http.host", "127.0.0.1", "relance.http.port", 0))));
    try {
      var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + relance.httpPort() + "/health"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      String report = String.join("\n", relance.startupReport());
      assertTrue(report.contains("@BotFather") && report.contains("TELEGRAM_BOT_TOKEN"), report);
    } finally {
      relance.stop();
    }
  }

  private HttpResponse<String> post(String url, String secret) throws Exception {
    return post(url, secret, UPDATE);
  }

  private HttpResponse<String> post(String url, String secret, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
