package org.relance.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the sender reports the outcome of each outgoing message, once: delivered, delivered but
 * possibly twice (the first attempt's outcome was unknown and it was retried once), or given up.
 * The case journal implements it for messages that carry a case id; calls come from the sender
 * actor and must not block.
 */
public interface DeliveryJournal {

  /** Telegram acknowledged the message under {@code telegramMessageId}. */
  void sent(long outboxId, OutgoingMessage message, long telegramMessageId);

  /** Delivered, but an earlier attempt may also have been: the reader may see it twice. */
  void possibleDuplicate(long outboxId, OutgoingMessage message, long telegramMessageId);

  /** Not delivered and not retried again ({@code reason} says why, e.g. the user blocked the bot). */
  void failed(long outboxId, OutgoingMessage message, String reason);

  /**
   * The default until cases are wired: outcomes go to the log only (the outbox keeps them too). A
   * warning names the outbox row, not the chat (personal data): the row tells the chat.
   */
  static DeliveryJournal logging() {
    Logger log = LoggerFactory.getLogger(DeliveryJournal.class);
    return new DeliveryJournal() {
      @Override
      public void sent(long outboxId, OutgoingMessage message, long telegramMessageId) {
        log.debug("Telegram message {} delivered to chat {}", outboxId, message.chatId());
      }

      @Override
      public void possibleDuplicate(long outboxId, OutgoingMessage message, long telegramMessageId) {
        log.warn("Telegram message {} was retried after an unknown outcome: it may have arrived twice", outboxId);
      }

      @Override
      public void failed(long outboxId, OutgoingMessage message, String reason) {
        log.warn("Telegram message {} not delivered: {}", outboxId, reason);
      }
    };
  }
}
