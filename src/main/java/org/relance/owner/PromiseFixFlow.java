package org.relance.owner;

import org.relance.common.Language;
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
 * The owner corrects a promise the bot captured: its date, then its amount (the whole balance, a
 * typed amount, or "-" to keep it). The promise is recorded again with the debtor's method and
 * words kept, so the journal shows both; the ladder then waits for the new date.
 */
final class PromiseFixFlow extends CaseFlow {

  static final String NAME = "promise_fix";
  static final String DATE = "date";
  static final String AMOUNT = "amount";
  /** What the debtor promised: the amount, or empty for the balance; the method; the words. */
  static final String PROMISED = "promised";
  static final String METHOD = "method";
  static final String WORDS = "words";
  private static final String WHOLE = "all";

  private static final List<Question> QUESTIONS = List.of(
      Question.typed(DATE, "owner.fix.date", AnswerChecks::date),
      Question.typed(AMOUNT, "owner.fix.amount", AnswerChecks::amount)
          .withChoices(List.of(new Question.Choice("button.whole_balance", WHOLE),
              new Question.Choice("button.keep", AnswerChecks.SKIP))));

  PromiseFixFlow(OwnerCases cases, OwnerTexts texts) {
    super(NAME, QUESTIONS, cases, texts);
  }

  @Override
  boolean appliesTo(CaseView view) {
    return view.promise() != null;
  }

  /** What the debtor's promise holds, kept through the correction. */
  static Map<String, String> promised(CaseView view) {
    CaseView.PromiseView p = view.promise();
    return Map.of(PROMISED, p.amount() == null ? "" : p.amount().toPlainString(),
        METHOD, p.method() == null ? "" : p.method().name(), WORDS, p.words() == null ? "" : p.words());
  }

  @Override
  public Checked check(Question question, String answer, FlowState state) {
    if (question.key().equals(DATE)) {
      return dayFromToday(answer, state);
    }
    String value = answer.strip();
    return WHOLE.equals(value) || AnswerChecks.SKIP.equals(value) ? Checked.ok(value)
        : OwnerReadings.amountUpTo(value, balance(state));
  }

  @Override
  public Map<String, Object> promptValues(FlowState state, Language language) {
    Map<String, Object> values = super.promptValues(state, language);
    values.put("promised", promisedAmount(state) == null ? values.get("balance")
        : OwnerTexts.money(promisedAmount(state), state.answer(CURRENCY), language));
    return values;
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    LocalDate date = LocalDate.parse(answers.answer(DATE));
    String typed = answers.answer(AMOUNT);
    BigDecimal amount = WHOLE.equals(typed) ? null : kept(typed) ? promisedAmount(answers) : new BigDecimal(typed);
    String method = answers.answer(METHOD);
    String words = answers.answer(WORDS);
    return send(context, answers, r -> new CaseCommand.RecordPromise(date, amount == null ? null
            : money(answers, amount), method == null || method.isEmpty() ? null
            : org.relance.common.PaymentMethod.valueOf(method), words == null || words.isEmpty() ? null : words,
            "tg:" + context.updateId(), r), "owner.fix.done",
        Map.of("date", OwnerTexts.date(date, context.language()), "amount", amount == null
            ? OwnerTexts.money(balance(answers), answers.answer(CURRENCY), context.language())
            : OwnerTexts.money(amount, answers.answer(CURRENCY), context.language())));
  }

  private static BigDecimal promisedAmount(FlowState state) {
    String promised = state.answer(PROMISED);
    return promised == null || promised.isEmpty() ? null : new BigDecimal(promised);
  }
}
