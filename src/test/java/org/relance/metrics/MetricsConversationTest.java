package org.relance.metrics;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relance.app.Relance;
import org.relance.conversations.Script;
import org.relance.conversations.ScriptHooks;
import org.relance.conversations.ScriptRunner;
import org.relance.conversations.ServiceScriptHooks;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A debtor's conversation through the real Telegram client and the Bot API stand-in
 * ({@code metrics/watched-conversation.yaml}): {@code /metrics}, scraped while the service still runs,
 * counts the replies read and read with doubt, the messages sent and failed and Telegram's 429; and nothing the
 * service logged at INFO or above carries the debtor's name, e-mail, phone, words or chat ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsConversationTest {

  /** What identifies the debtor and the owner in the script, none of which may reach the INFO log. */
  private static final List<String> PERSONAL = List.of("Zebulon", "Quillfeather", "zebulon.quillfeather@example.org",
      "447700900777", "7312945", "5839201", "aardvark", "Bartholomew", "blah blah", "I will pay");

  /** The messages the bot says in the script. */
  private static final int SAID = 9;

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final List<String> transcript = new ArrayList<>();
  private ScriptRunner.Result result;
  private Scrape scrape;

  @BeforeAll
  void play() throws IOException, InterruptedException {
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    logged.start();
    root.addAppender(logged);
    try (InputStream in = getClass().getResourceAsStream("/metrics/watched-conversation.yaml")) {
      result = new ScriptRunner(new Scraping(new ServiceScriptHooks()), transcript::add)
          .run(Script.read("watched-conversation.yaml", in));
    } finally {
      root.detachAppender(logged);
    }
  }

  @AfterAll
  void stopCapturing() {
    logged.stop();
  }

  @Test
  void theConversationPlays() {
    assertTrue(result.passed(), result.mismatch() + "\n" + String.join("\n", transcript));
  }

  @Test
  void readingsSendingAndThe429AreCounted() {
    assertTrue(result.passed(), String.join("\n", transcript));
    Map<String, String> english = Map.of("language", "en");
    double read = scrape.sum("relance_nlu_readings_total", english);
    double doubtful = scrape.sum("relance_nlu_uncertain_readings_total", english);
    assertTrue(read >= 3, "the debtor's replies read: " + read);
    assertTrue(doubtful >= 1 && doubtful < read, "some, not all, read with doubt: " + doubtful + " of " + read);
    assertEquals(0, scrape.sum("relance_nlu_readings_total", Map.of("language", "fr")));
    Map<String, String> telegram = Map.of("channel", "telegram");
    assertEquals(SAID, scrape.sum("relance_messages_sent_total", telegram), scrape.text());
    assertEquals(1, scrape.sum("relance_messages_failed_total", telegram), "the answer to a blocked chat");
    assertEquals(1, scrape.sum("relance_messages_rate_limited_total", telegram));
    assertTrue(scrape.sum("relance_events_written_total", Map.of("kind", "PromiseRecorded")) >= 1);
  }

  @Test
  void noPersonalDataIsLoggedAtInfoOrAbove() {
    assertFalse(logged.list.isEmpty(), "the service's log was captured");
    for (ILoggingEvent event : logged.list) {
      if (!event.getLevel().isGreaterOrEqual(Level.INFO)) {
        continue;
      }
      String line = event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap()
          + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      for (String personal : PERSONAL) {
        assertFalse(line.contains(personal), "'" + personal + "' logged at " + event.getLevel() + ": " + line);
      }
    }
  }

  /**
   * The service's hooks, scraping {@code /metrics} at each state check (the script's last step), up to
   * 5 s until every message said is counted (the stand-in shows the last one before the sender hears back).
   */
  private final class Scraping implements ScriptHooks {
    private final ScriptHooks service;

    Scraping(ScriptHooks service) {
      this.service = service;
    }

    @Override
    public void setup(Relance relance, Map<String, Object> setup) {
      service.setup(relance, setup);
    }

    @Override
    public void moveClock(Relance relance, String move) {
      service.moveClock(relance, move);
    }

    @Override
    public String expand(String text) {
      return service.expand(text);
    }

    @Override
    public List<String> checkState(Relance relance, Map<String, Object> expected) {
      try {
        long deadline = System.nanoTime() + 5_000_000_000L;
        scrape = Scrape.of(relance.httpPort(), null);
        while (scrape.sum("relance_messages_sent_total", Map.of()) < SAID && System.nanoTime() < deadline) {
          Thread.sleep(50);
          scrape = Scrape.of(relance.httpPort(), null);
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return service.checkState(relance, expected);
    }
  }
}
