package org.relance.telegram;

import com.typesafe.config.Config;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** The {@code relance.telegram.*} settings, read and checked once at start. */
public record TelegramSettings(
    String token,
    URI apiUrl,
    Mode mode,
    Duration longPollTimeout,
    Duration requestTimeout,
    String webhookUrl,
    String webhookPath,
    String webhookSecret,
    double overallPerSecond,
    double perChatPerSecond,
    Duration initialBackoff,
    Duration maxBackoff,
    int maxInFlight) {

  /** How updates reach the service. */
  public enum Mode { LONG_POLLING, WEBHOOK }

  public static TelegramSettings from(Config config) {
    Config t = config.getConfig("relance.telegram");
    String modeName = t.getString("mode").trim().toUpperCase(Locale.ROOT).replace('-', '_');
    Mode mode;
    try {
      mode = Mode.valueOf(modeName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("relance.telegram.mode must be long-polling or webhook, not '"
          + t.getString("mode") + "'");
    }
    URI apiUrl = URI.create(t.getString("api-url").trim());
    if (apiUrl.getScheme() == null || apiUrl.getHost() == null) {
      throw new IllegalArgumentException("relance.telegram.api-url must be a URL such as https://api.telegram.org, not '"
          + t.getString("api-url") + "'");
    }
    TelegramSettings settings = new TelegramSettings(t.getString("token").trim(), apiUrl, mode,
        t.getDuration("long-poll-timeout"), t.getDuration("request-timeout"),
        t.getString("webhook.url").trim(), t.getString("webhook.path").trim(), t.getString("webhook.secret"),
        t.getDouble("rate.overall-per-second"), t.getDouble("rate.per-chat-per-second"),
        t.getDuration("retry.initial-backoff"), t.getDuration("retry.max-backoff"), t.getInt("max-in-flight"));
    if (settings.hasToken() && mode == Mode.WEBHOOK && settings.webhookUrl().isEmpty()) {
      throw new IllegalArgumentException("relance.telegram.webhook.url is required in webhook mode "
          + "(the public HTTPS address Telegram posts to)");
    }
    if (settings.overallPerSecond() <= 0 || settings.perChatPerSecond() <= 0) {
      throw new IllegalArgumentException("relance.telegram.rate.* must be above 0");
    }
    return settings;
  }

  public boolean hasToken() {
    return !token.isEmpty();
  }

  /** The API base as the Telegram client wants it (scheme, host, port). */
  public TelegramUrl telegramUrl() {
    int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : "https".equals(apiUrl.getScheme()) ? 443 : 80;
    return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
  }
}
