package org.relance.telegram;

import org.relance.common.Party;
import org.relance.common.SecretLinks;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.gateway.CaseGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies each outgoing message that belongs to a case into that case's journal with how its
 * delivery ended (delivered, possibly twice, or failed and why), and whom it went to: the debtor,
 * or the owner with the owner's chat (the debtor's chat is not written there). The outbox id is the idempotency
 * key, so a report repeated after a restart is recorded once. Never blocks: it sends a command.
 */
public final class CaseDeliveryJournal implements DeliveryJournal {

  private static final String CHANNEL = "telegram";

  private static final Logger log = LoggerFactory.getLogger(CaseDeliveryJournal.class);

  private final CaseGateway cases;

  public CaseDeliveryJournal(CaseGateway cases) {
    this.cases = cases;
  }

  @Override
  public void sent(long outboxId, OutgoingMessage message, long telegramMessageId) {
    record(outboxId, message, CaseEvent.Delivery.DELIVERED, null);
  }

  @Override
  public void possibleDuplicate(long outboxId, OutgoingMessage message, long telegramMessageId) {
    record(outboxId, message, CaseEvent.Delivery.POSSIBLE_DUPLICATE,
        "retried once after an unknown outcome: the reader may have received it twice");
  }

  @Override
  public void failed(long outboxId, OutgoingMessage message, String reason) {
    record(outboxId, message, CaseEvent.Delivery.FAILED, reason);
  }

  private void record(long outboxId, OutgoingMessage message, CaseEvent.Delivery delivery, String detail) {
    if (message.caseId() == null || message.journalText() == null) {
      return;
    }
    cases.ask(message.caseId(), r -> new CaseCommand.RecordMessage(CaseEvent.Direction.OUT, message.party(), CHANNEL,
            message.party() == Party.OWNER ? message.chatId() : null, SecretLinks.masked(message.journalText()),
            delivery, detail, "telegram-outbox:" + outboxId, r))
        .whenComplete((reply, failure) -> {
          if (failure != null) {
            log.warn("Could not copy Telegram message {} into case {}: {}", outboxId, message.caseId(),
                failure.getMessage());
          }
        });
  }
}
