package org.relance.owner;

import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseView;
import org.relance.owner.Question.Checked;
import org.relance.telegram.OutgoingMessage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The owner corrects when and how the debtor says they paid: the day (typed, or "-" to keep it),
 * then the method (a button per method, or keep it). The claim still waits for the owner's
 * confirmation that the money arrived.
 */
final class ClaimFixFlow extends CaseFlow {

  static final String NAME = "claim_fix";
  static final String DATE = "date";
  static final String METHOD = "method";

  private static final List<Question> QUESTIONS = List.of(
      Question.typed(DATE, "owner.fix.claim_date", AnswerChecks::date),
      new Question(METHOD, "owner.fix.claim_method", methodChoices(), false,
          AnswerChecks.oneOf("owner.problem.choice", methodChoices().stream().map(Question.Choice::value)
              .toArray(String[]::new))));

  ClaimFixFlow(OwnerCases cases, OwnerTexts texts) {
    super(NAME, QUESTIONS, cases, texts);
  }

  /** A button per payment method, and one that keeps what the debtor said. */
  private static List<Question.Choice> methodChoices() {
    List<Question.Choice> methods = new ArrayList<>();
    for (PaymentMethod method : PaymentMethod.values()) {
      String value = method.name().toLowerCase(Locale.ROOT);
      methods.add(new Question.Choice("owner.method." + value, value));
    }
    methods.add(new Question.Choice("button.keep", AnswerChecks.SKIP));
    return methods;
  }

  @Override
  boolean appliesTo(CaseView view) {
    return view.claimedPayment() != null;
  }

  @Override
  public Checked check(Question question, String answer, FlowState state) {
    if (question.key().equals(DATE)) {
      return AnswerChecks.SKIP.equals(answer.strip()) ? Checked.ok(AnswerChecks.SKIP)
          : OwnerReadings.dayPaid(answer, today(state));
    }
    return question.check().apply(answer);
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    LocalDate date = kept(answers.answer(DATE)) ? null : LocalDate.parse(answers.answer(DATE));
    PaymentMethod method = kept(answers.answer(METHOD)) ? null
        : PaymentMethod.valueOf(answers.answer(METHOD).toUpperCase(Locale.ROOT));
    return send(context, answers, r -> new CaseCommand.CorrectClaimedPayment(date, method,
        "tg:" + context.updateId(), r), "owner.fix.claim_done", Map.of());
  }
}
