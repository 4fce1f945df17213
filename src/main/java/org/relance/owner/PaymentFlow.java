package org.relance.owner;

import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseView;
import org.relance.owner.Question.Checked;
import org.relance.telegram.OutgoingMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code /paid} on one case: how much arrived (a button with the whole balance, or a typed amount,
 * never more than the balance), on what day (a button for today, or a typed date, never ahead),
 * then the payment is recorded.
 */
final class PaymentFlow extends CaseFlow {

  static final String NAME = "payment";
  static final String AMOUNT = "amount";
  static final String DATE = "date";
  private static final String WHOLE = "all";
  private static final String TODAY_BUTTON = "today";

  private static final List<Question> QUESTIONS = List.of(
      Question.typed(AMOUNT, "owner.paid.amount", AnswerChecks::amount)
          .withChoices(List.of(new Question.Choice("button.whole_balance", WHOLE))),
      Question.typed(DATE, "owner.paid.date", AnswerChecks::date)
          .withChoices(List.of(new Question.Choice("button.today", TODAY_BUTTON))));

  PaymentFlow(OwnerCases cases, OwnerTexts texts) {
    super(NAME, QUESTIONS, cases, texts);
  }

  @Override
  boolean appliesTo(CaseView view) {
    return owing(view);
  }

  @Override
  public Checked check(Question question, String answer, FlowState state) {
    String value = answer.strip();
    if (question.key().equals(AMOUNT)) {
      return WHOLE.equals(value) ? Checked.ok(balance(state).toPlainString())
          : OwnerReadings.amountUpTo(value, balance(state));
    }
    return TODAY_BUTTON.equals(value) ? Checked.ok(today(state).toString()) : OwnerReadings.dayPaid(value, today(state));
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    BigDecimal amount = new BigDecimal(answers.answer(AMOUNT));
    LocalDate date = LocalDate.parse(answers.answer(DATE));
    boolean whole = amount.compareTo(balance(answers)) == 0;
    return send(context, answers, r -> new CaseCommand.RecordPayment(money(answers, amount), date,
            PaymentMethod.TRANSFER, "tg:" + context.updateId(), r), whole ? "owner.paid.done" : "owner.paid.part",
        Map.of("amount", OwnerTexts.money(amount, answers.answer(CURRENCY), context.language()),
            "date", OwnerTexts.date(date, context.language()),
            "left", OwnerTexts.money(balance(answers).subtract(amount), answers.answer(CURRENCY), context.language())));
  }
}
