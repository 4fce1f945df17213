package org.relance.dialogue;

import org.apache.pekko.actor.typed.ActorRef;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.dialogue.DebtorTalk.Answer;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerNotices.About;
import org.relance.owner.OwnerNotices.Notice;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the debtor's dialogue asks of a case and tells its owner, for the classes that answer the
 * debtor: a command to the case (its view after, or nothing when refused), the owner's notice added
 * after the debtor's answer (the owner chats read on the blocking executor), a message handed over
 * to the owner, texts in the business's name.
 */
final class CaseCalls {

  private final OwnerCases cases;
  private final OwnerAlerts notices;
  private final DebtorTexts texts;
  private final Executor blocking;

  CaseCalls(OwnerCases cases, OwnerAlerts notices, DebtorTexts texts, Executor blocking) {
    this.cases = cases;
    this.notices = notices;
    this.texts = texts;
    this.blocking = blocking;
  }

  /** The case after the command, or empty when the case refused it. */
  CompletionStage<Optional<CaseView>> command(DebtorTalk talk, Function<ActorRef<CaseReply>, CaseCommand> command) {
    return cases.ask(talk.caseId(), command).thenApply(reply -> reply instanceof CaseReply.Accepted accepted
        ? Optional.of(accepted.view()) : Optional.empty());
  }

  /** The owner's notice added after the debtor's answer. */
  CompletionStage<Answer> tell(DebtorTalk talk, Notice notice, CaseView view, About about, Answer answer) {
    return CompletableFuture.supplyAsync(() -> notices.tell(notice, view, talk.business(), about), blocking)
        .thenApply(answer::plus);
  }

  /** The owner is told, with the debtor's words, and the debtor that the owner will come back to them. */
  CompletionStage<Answer> handOver(DebtorTalk talk, String words) {
    return tell(talk, Notice.NOT_UNDERSTOOD, talk.view(), About.words(words),
        talk.answer(talk.done(), talk.say(business(talk, "debtor.handover"))));
  }

  /** What the debtor committed to could not be recorded as it stands: handed over the same way. */
  CompletionStage<Answer> notRecorded(DebtorTalk talk, String words) {
    return tell(talk, Notice.NOT_UNDERSTOOD, talk.view(), About.words(words),
        talk.answer(talk.done(), talk.say(business(talk, "debtor.not_recorded"))));
  }

  /** A text whose only value is the business's name. */
  String business(DebtorTalk talk, String id) {
    return texts.text(talk.language(), id, Map.of("business", talk.business().name()));
  }

  Instant now() {
    return cases.clock().instant();
  }

  static Currency currency(DebtorTalk talk) {
    return Currency.getInstance(talk.view().currency());
  }
}
