package org.relance.dialogue;

import org.relance.common.Party;
import org.relance.debtorcase.CaseCommand;
import org.relance.dialogue.DebtorTalk.Answer;
import org.relance.nlu.Intent;
import org.relance.nlu.ReplyReader;
import org.relance.nlu.facts.ProceedingsReader;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The debtor who states collective proceedings (a reply read {@code hardship} with the
 * {@code proceedings} fact): the case records them in the debtor's words, with the opening
 * judgment's day when the reply names it, and goes on hold; the debtor is thanked and told that no
 * further reminder will come and that the business will declare its claim to the mandataire
 * judiciaire, and is offered no plan (paying a debt from before the judgment is forbidden,
 * L622-7); the owner is told at once what they must do ({@link OwnerAlerts#proceedings}). While the
 * proceedings hold the case, a promise, a plan or a discount asked is answered that none is possible.
 */
final class DebtorProceedings {

  /** What a debtor under proceedings may no longer agree: paying, a plan, a discount. */
  private static final java.util.Set<Intent> PAYMENT_TALK = java.util.Set.of(Intent.PROMISE_TO_PAY, Intent.REQUEST_PLAN,
      Intent.HARDSHIP, Intent.REQUEST_DISCOUNT);

  private final CaseCalls calls;
  private final OwnerAlerts notices;
  private final Executor blocking;

  DebtorProceedings(CaseCalls calls, OwnerAlerts notices, Executor blocking) {
    this.calls = calls;
    this.notices = notices;
    this.blocking = blocking;
  }

  /** Whether the reply states collective proceedings that the dialogue must act on. */
  static boolean stated(ReplyReader.Reading reading) {
    return reading.facts().proceedings() != null && reading.meaning().intent() == Intent.HARDSHIP;
  }

  /** Whether the case is held by proceedings and the reply offers or asks a payment, a plan or a discount. */
  static boolean held(org.relance.debtorcase.CaseView view, Intent intent) {
    return view.proceedings() != null && PAYMENT_TALK.contains(intent);
  }

  /** The kind answer to a payment, a plan or a discount offered while proceedings hold the case: none is possible. */
  CompletionStage<Answer> held(DebtorTalk talk) {
    return CompletableFuture.completedFuture(talk.answer(talk.done(),
        talk.say(calls.business(talk, "debtor.proceedings.held"))));
  }

  /**
   * Records the proceedings, acknowledges them to the debtor and tells the owner; a statement the
   * case refuses goes to the owner with the debtor's words, like any commitment not recorded.
   */
  CompletionStage<Answer> answer(DebtorTalk talk, ReplyReader.Reading reading, String text) {
    var judgment = ProceedingsReader.judgmentDate(text, talk.today());
    var judgmentDate = judgment == null || judgment.isAfter(talk.today()) ? null : judgment;
    return calls.command(talk, r -> new CaseCommand.RecordProceedings(reading.facts().proceedings(),
        judgmentDate, Party.DEBTOR, text, talk.key("proceedings"), r)).thenCompose(recorded -> recorded
        .map(view -> CompletableFuture.supplyAsync(() -> notices.proceedings(view, talk.business()), blocking)
            .thenApply(talk.answer(talk.done(), talk.say(calls.business(talk, "debtor.proceedings")))::plus))
        .orElseGet(() -> calls.notRecorded(talk, text).toCompletableFuture()));
  }
}
