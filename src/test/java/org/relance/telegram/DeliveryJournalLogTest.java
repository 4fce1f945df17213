package org.relance.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The logging delivery journal's warnings name the outbox row, never the chat (a chat id is personal data). */
class DeliveryJournalLogTest {

  private static final String CHAT = "7312945";

  @Test
  void warningsNameTheOutboxRowNotTheChat() {
    Logger logger = (Logger) LoggerFactory.getLogger(DeliveryJournal.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      DeliveryJournal journal = DeliveryJournal.logging();
      journal.possibleDuplicate(41, OutgoingMessage.text(CHAT, "Bonjour"), 9);
      journal.failed(42, OutgoingMessage.text(CHAT, "Bonjour"), "Forbidden: bot was blocked by the user");
    } finally {
      logger.detachAppender(logged);
    }
    List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("41") && lines.get(1).contains("42"), lines.toString());
    lines.forEach(line -> assertFalse(line.contains(CHAT), line));
  }
}
