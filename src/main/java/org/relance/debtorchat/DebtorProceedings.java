package org.relance.debtorchat;

import org.relance.common.Party;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorchat.DebtorTalk.Answer;
import org.relance.nlu.Intent;
import org.relance.nlu.ReplyReader;
import org.relance.nlu.facts.ProceedingsReader;
import org.relance.owner.OwnerCases;
import org.relance.owner.OwnerNotices;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The debtor who states collective proceedings (a reply read {@code hardship} with the
 * {@code proceedings} fact): the case records them in the debtor's words, with the opening
 * judgment's day when the reply names it, and goes on hold; the debtor is thanked and told that no
 * further reminder will come and that the business will declare its claim to the mandataire
 * judiciaire, and is offered no plan (paying a debt from before the judgment is forbidden,
 * L622-7); the owner is told at once what they must do ({@link OwnerNotices#proceedings}). While the
 * proceedings hold the case, a promise, a plan or a discount asked is answered that none is possible.
 */
final class DebtorProceedings {

  /** What a debtor under proceedings may no longer agree: paying, a plan, a discount. */
  private static final java.util.Set<Intent> PAYMENT_TALK = java.util.Set.of(Intent.PROMISE_TO_PAY, Intent.REQUEST_PLAN,
      Intent.HARDSHIP, Intent.REQUEST_DISCOUNT);

  private final OwnerCases cases;
  private final DebtorTexts texts;
  private final OwnerNotices notices;
  private final Executor blocking;

  DebtorProceedings(OwnerCases cases, DebtorTexts texts, OwnerNotices notices, Executor blocking) {
    this.cases = cases;
    this.texts = texts;
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
    return CompletableFuture.completedFuture(talk.answer(talk.done(), talk.say(texts.text(talk.language(),
        "debtor.proceedings.held", Map.of("business", talk.business().name())))));
  }

  /** Records the proceedings, acknowledges them to the debtor and tells the owner. */
  CompletionStage<Answer> answer(DebtorTalk talk, ReplyReader.Reading reading, String text) {
    var judgment = ProceedingsReader.judgmentDate(text, talk.today());
    var judgmentDate = judgment == null || judgment.isAfter(talk.today()) ? null : judgment;
    return cases.ask(talk.caseId(), r -> new CaseCommand.RecordProceedings(reading.facts().proceedings(),
        judgmentDate, Party.DEBTOR, text, talk.key("proceedings"), r)).thenCompose(reply -> {
          Answer acknowledged = talk.answer(talk.done(), talk.say(texts.text(talk.language(), "debtor.proceedings",
              Map.of("business", talk.business().name()))));
          return CompletableFuture.supplyAsync(() -> reply instanceof CaseReply.Accepted accepted
              ? notices.proceedings(accepted.view(), talk.business())
              : notices.tell(OwnerNotices.Notice.NOT_UNDERSTOOD, talk.view(), talk.business(),
                  OwnerNotices.About.words(text)), blocking).thenApply(acknowledged::plus);
        });
  }
}
