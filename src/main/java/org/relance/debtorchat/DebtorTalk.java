package org.relance.debtorchat;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.debtorchat.PendingQuestion.Awaiting;
import org.relance.debtorchat.PendingQuestion.Details;
import org.relance.telegram.OutgoingMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One turn of a verified debtor's conversation about one case: who (chat, language), which
 * update, the case as it stands and its business, the debtor's today, and the question in
 * progress. Builds what the bot answers: messages to the debtor copied into the case's journal,
 * and the question it now waits for.
 */
record DebtorTalk(String chatId, long updateId, CaseView view, BusinessProfile business, Language language,
                  LocalDate today, PendingQuestion pending) {

  /** What the bot answers in this turn: its messages (debtor's first, then the owner's) and its next question. */
  record Answer(List<OutgoingMessage> messages, PendingQuestion next) {
    Answer plus(List<OutgoingMessage> more) {
      List<OutgoingMessage> all = new ArrayList<>(messages);
      all.addAll(more);
      return new Answer(all, next);
    }
  }

  String caseId() {
    return view.id();
  }

  OutgoingMessage say(String text) {
    return OutgoingMessage.text(chatId, text).forCase(caseId());
  }

  OutgoingMessage ask(String text, List<List<OutgoingMessage.Button>> buttons) {
    return OutgoingMessage.withButtons(chatId, text, buttons).forCase(caseId());
  }

  /** The next question about this case, asked in this turn. */
  PendingQuestion next(Awaiting awaiting, Details details) {
    return new PendingQuestion(chatId, caseId(), awaiting, details, 0, updateId);
  }

  /** The question asked again after a reply not understood (or a reading the debtor said was wrong). */
  PendingQuestion again(Awaiting awaiting, Details details) {
    return new PendingQuestion(chatId, caseId(), awaiting, details, 1, updateId);
  }

  /** Nothing asked any more (replies not understood counted from zero). */
  PendingQuestion done() {
    return next(Awaiting.NOTHING, Details.none());
  }

  /**
   * The idempotency key of a command this turn gives the case: {@code tg:<update_id>} for the copy of
   * what the debtor wrote or pressed, {@code tg:<update_id>:<what>} for what it led to (a promise, a
   * reason...), so a redelivered update records nothing twice.
   */
  String key(String suffix) {
    return "tg:" + updateId + (suffix == null ? "" : ":" + suffix);
  }

  Answer answer(PendingQuestion next, OutgoingMessage... messages) {
    return new Answer(List.of(messages), next);
  }
}
