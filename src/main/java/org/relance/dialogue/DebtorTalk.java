package org.relance.dialogue;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DialogueReply.Choice;
import org.relance.dialogue.DialogueReply.DebtorMessage;
import org.relance.dialogue.DialogueReply.OwnerNotice;
import org.relance.dialogue.PendingQuestion.Awaiting;
import org.relance.dialogue.PendingQuestion.Details;

import java.time.LocalDate;
import java.util.List;

/**
 * One turn of a verified debtor's conversation about one case: who (conversation, language), which
 * turn, the case as it stands and its business, the debtor's today, and the question in progress.
 * Builds what the dialogue answers: messages to the debtor tied to the case, and the question it now
 * waits for.
 */
record DebtorTalk(String conversation, String turnId, CaseView view, BusinessProfile business, Language language,
                  LocalDate today, PendingQuestion pending) {

  /** What the dialogue answers in this turn: its messages (the debtor's, then the owner's) and its next question. */
  record Answer(DialogueReply reply, PendingQuestion next) {
    Answer plus(List<OwnerNotice> notices) {
      return new Answer(reply.told(notices), next);
    }

    Answer after(List<DebtorMessage> first) {
      return new Answer(reply.after(first), next);
    }
  }

  String caseId() {
    return view.id();
  }

  Channel channel() {
    return Channel.of(conversation);
  }

  DebtorMessage say(String text) {
    return new DebtorMessage(conversation, caseId(), text, List.of());
  }

  DebtorMessage ask(String text, List<List<Choice>> choices) {
    return new DebtorMessage(conversation, caseId(), text, choices);
  }

  /** The number the choices offered in this turn carry ({@link DebtorTurn#number}). */
  long number() {
    return DebtorTurn.number(turnId);
  }

  /** The next question about this case, asked in this turn. */
  PendingQuestion next(Awaiting awaiting, Details details) {
    return new PendingQuestion(conversation, caseId(), awaiting, details, 0, number());
  }

  /** The question asked again after a reply not understood (or a reading the debtor said was wrong). */
  PendingQuestion again(Awaiting awaiting, Details details) {
    return new PendingQuestion(conversation, caseId(), awaiting, details, 1, number());
  }

  /** Nothing asked any more (replies not understood counted from zero). */
  PendingQuestion done() {
    return next(Awaiting.NOTHING, Details.none());
  }

  /**
   * The idempotency key of a command this turn gives the case: the turn id ({@code tg:<update_id>})
   * for the copy of what the debtor wrote or pressed, {@code <turn id>:<what>} for what it led to (a
   * promise, a reason...), so a redelivered turn records nothing twice.
   */
  String key(String suffix) {
    return DebtorTurn.key(turnId, suffix);
  }

  Answer answer(PendingQuestion next, DebtorMessage... messages) {
    return new Answer(DialogueReply.of(messages), next);
  }
}
