package org.relance.owner;

import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.telegram.OutgoingMessage;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The owner corrects the date of a promise the bot captured (from the case card): the promise is
 * recorded again with the right date, keeping its amount, method and the debtor's words, so the
 * journal shows both; the ladder then waits for the new date.
 */
final class PromiseFixFlow implements GuidedFlow {

  static final String NAME = "promise_fix";
  static final String CASE = "case";
  static final String DATE = "date";

  private final OwnerCases cases;
  private final OwnerTexts texts;
  private final List<Question> questions = List.of(Question.typed(DATE, "owner.fix.date", AnswerChecks::date));

  PromiseFixFlow(OwnerCases cases, OwnerTexts texts) {
    this.cases = cases;
    this.texts = texts;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Question> questions() {
    return questions;
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    LocalDate date = LocalDate.parse(answers.answer(DATE));
    return cases.caseOf(context.businessId(), answers.answer(CASE)).thenCompose(found -> {
      if (found.isEmpty() || found.get().promise() == null) {
        return CompletableFuture.completedFuture(List.of(reply(context, "owner.refused", Map.of())));
      }
      CaseView view = found.get();
      CaseView.PromiseView promise = view.promise();
      Money amount = promise.amount() == null ? null
          : new Money(promise.amount(), Currency.getInstance(view.currency()));
      return cases.ask(view.id(), r -> new CaseCommand.RecordPromise(date, amount, promise.method(), promise.words(),
          "tg:" + context.updateId(), r)).thenApply(reply -> List.of(reply instanceof CaseReply.Accepted
          ? reply(context, "owner.fix.done", Map.of("debtor", view.debtor().name(),
              "date", OwnerTexts.date(date, context.language()))).forCase(view.id())
          : reply(context, "owner.fix.refused", Map.of())));
    });
  }

  private OutgoingMessage reply(Context context, String id, Map<String, ?> values) {
    return OutgoingMessage.text(context.chatId(), texts.text(context.language(), id, values));
  }
}
