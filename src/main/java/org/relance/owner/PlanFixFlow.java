package org.relance.owner;

import org.relance.common.Language;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Installment;
import org.relance.owner.Question.Checked;
import org.relance.telegram.OutgoingMessage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The owner types another schedule for a captured plan ("3 x 400 € le 5 de chaque mois", "en 4
 * fois à partir du 10/12", "400 € le 5/12, 400 € le 5/1"), sees it read back, and confirms: the
 * plan is replaced, agreed by the owner, with the debtor's words kept. "No" changes nothing.
 */
final class PlanFixFlow extends CaseFlow {

  static final String NAME = "plan_fix";
  static final String PLAN = "plan";
  static final String CONFIRM = "confirm";

  private static final List<Question> QUESTIONS = List.of(
      Question.typed(PLAN, "owner.fix.plan", AnswerChecks::text),
      new Question(CONFIRM, "owner.fix.plan_confirm", List.of(new Question.Choice("button.yes", "yes"),
          new Question.Choice("button.no", "no")), false, AnswerChecks.oneOf("owner.problem.choice", "yes", "no")));

  PlanFixFlow(OwnerCases cases, OwnerTexts texts) {
    super(NAME, QUESTIONS, cases, texts);
  }

  @Override
  boolean appliesTo(CaseView view) {
    return view.plan() != null || view.planProposal() != null;
  }

  @Override
  public Checked check(Question question, String answer, FlowState state) {
    return question.key().equals(PLAN) ? OwnerReadings.schedule(answer, today(state), balance(state))
        : question.check().apply(answer);
  }

  @Override
  public Map<String, Object> promptValues(FlowState state, Language language) {
    Map<String, Object> values = super.promptValues(state, language);
    String plan = state.answer(PLAN);
    values.put("installments", plan == null ? "" : OwnerReadings.readBack(plan, state.answer(CURRENCY), language));
    return values;
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    if (!"yes".equals(answers.answer(CONFIRM))) {
      return CompletableFuture.completedFuture(List.of(OutgoingMessage.text(context.chatId(),
          texts.text(context.language(), "owner.fix.plan_kept"))));
    }
    List<Installment> installments = OwnerReadings.decode(answers.answer(PLAN)).stream()
        .map(p -> new Installment(p.date(), money(answers, p.amount()), false)).toList();
    return send(context, answers, r -> new CaseCommand.CorrectPlan(installments, "tg:" + context.updateId(), r),
        "owner.fix.plan_done", promptValues(answers, context.language()));
  }
}
