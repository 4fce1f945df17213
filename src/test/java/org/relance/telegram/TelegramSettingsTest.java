package org.relance.telegram;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.relance.config.RelanceConfig;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelegramSettingsTest {

  @Test
  void defaultsToTelegramsOwnApiWithLongPollingAndItsLimits() {
    TelegramSettings settings = TelegramSettings.from(RelanceConfig.load(null, Map.of(), ConfigFactory.empty()));
    assertEquals(new TelegramUrl("https", "api.telegram.org", 443, false), settings.telegramUrl());
    assertEquals(TelegramSettings.Mode.LONG_POLLING, settings.mode());
    assertEquals(30, settings.overallPerSecond());
    assertEquals(1, settings.perChatPerSecond());
  }

  @Test
  void anyBaseUrlAndTheTokenComeFromTheEnvironment() {
    TelegramSettings settings = TelegramSettings.from(RelanceConfig.load(null, Map.of(
        "RELANCE_TELEGRAM_TOKEN", "123:abc", "RELANCE_TELEGRAM_API_URL", "http://127.0.0.1:8081"),
        ConfigFactory.empty()));
    assertTrue(settings.hasToken());
    assertEquals("123:abc", settings.token());
    assertEquals(new TelegramUrl("http", "127.0.0.1", 8081, false), settings.telegramUrl());
  }

  @Test
  void badSettingsAreNamedPlainly() {
    var mode = assertThrows(IllegalArgumentException.class, () -> TelegramSettings.from(RelanceConfig.load(null,
        Map.of(), ConfigFactory.parseMap(Map.of("relance.telegram.mode", "push")))));
    assertTrue(mode.getMessage().contains("long-polling or webhook, not 'push'"), mode.getMessage());
    var webhook = assertThrows(IllegalArgumentException.class, () -> TelegramSettings.from(RelanceConfig.load(null,
        Map.of(), ConfigFactory.parseMap(Map.of("relance.telegram.mode", "webhook", "relance.telegram.token", "t")))));
    assertTrue(webhook.getMessage().contains("relance.telegram.webhook.url is required"), webhook.getMessage());
    var url = assertThrows(IllegalArgumentException.class, () -> TelegramSettings.from(RelanceConfig.load(null,
        Map.of(), ConfigFactory.parseMap(Map.of("relance.telegram.api-url", "api.telegram.org")))));
    assertTrue(url.getMessage().contains("must be a URL"), url.getMessage());
  }
}
