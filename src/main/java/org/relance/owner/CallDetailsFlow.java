package org.relance.owner;

import org.relance.debtorcase.CallOutcome;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseView;
import org.relance.debtorcase.Installment;
import org.relance.limits.InputLimits;
import org.relance.owner.Question.Checked;
import org.relance.telegram.OutgoingMessage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * What was agreed on the phone, typed after a call sheet's button: "demande un échéancier" asks for
 * the plan agreed (amounts and days, read like the debtor's own words with the NLU facts readers;
 * recorded as a plan taken by phone, agreed by the owner, and confirmed to the debtor in writing);
 * "mauvais numéro" asks for the right number (a phone number within {@link InputLimits#phone},
 * recorded on the debtor). "Skip" logs the call as before: the debtor is asked in writing.
 */
final class CallDetailsFlow extends CaseFlow {

  static final String DETAIL = "detail";

  private final CallOutcome outcome;
  private final String askedId;
  private final String recordedId;

  private CallDetailsFlow(String name, CallOutcome outcome, String promptId, String askedId, String recordedId,
                          OwnerCases cases, OwnerTexts texts) {
    super(name, List.of(Question.typed(DETAIL, promptId, AnswerChecks::optional)
        .withChoices(List.of(new Question.Choice("button.skip", AnswerChecks.SKIP)))), cases, texts);
    this.outcome = outcome;
    this.askedId = askedId;
    this.recordedId = recordedId;
  }

  /** "Demande un échéancier": the plan agreed on the phone, or skip (the debtor is invited to propose one). */
  static CallDetailsFlow plan(OwnerCases cases, OwnerTexts texts) {
    return new CallDetailsFlow("call_plan", CallOutcome.PLAN_REQUESTED, "owner.call.plan_ask", "owner.call.plan",
        "owner.call.plan_recorded", cases, texts);
  }

  /** "Mauvais numéro": the right number, or skip (the debtor is asked for it). */
  static CallDetailsFlow wrongNumber(OwnerCases cases, OwnerTexts texts) {
    return new CallDetailsFlow("call_wrong_number", CallOutcome.WRONG_NUMBER, "owner.call.number_ask",
        "owner.call.wrong_number", "owner.call.number_recorded", cases, texts);
  }

  @Override
  boolean appliesTo(CaseView view) {
    return owing(view);
  }

  @Override
  public Checked check(Question question, String answer, FlowState state) {
    if (kept(answer.strip())) {
      return Checked.ok(AnswerChecks.SKIP);
    }
    if (outcome == CallOutcome.WRONG_NUMBER) {
      return InputLimits.phone(answer.strip()).isPresent() ? Checked.problem("owner.problem.phone")
          : Checked.ok(answer.strip());
    }
    return InputLimits.text(answer, InputLimits.WORDS).isPresent() ? Checked.problem("owner.problem.plan")
        : OwnerReadings.schedule(answer, today(state), balance(state));
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    String detail = answers.answer(DETAIL);
    String key = "tg:" + context.updateId();
    if (kept(detail)) {
      return send(context, answers, r -> new CaseCommand.LogCall(outcome, null, key, r), askedId, Map.of());
    }
    if (outcome == CallOutcome.WRONG_NUMBER) {
      return send(context, answers, r -> new CaseCommand.LogCall(outcome, null, null, null, null, detail, key, r),
          recordedId, Map.of("phone", detail));
    }
    List<Installment> plan = OwnerReadings.decode(detail).stream()
        .map(p -> new Installment(p.date(), money(answers, p.amount()), false)).toList();
    return send(context, answers, r -> new CaseCommand.LogCall(outcome, null, null, null, plan, null, key, r),
        recordedId, Map.of("installments", OwnerReadings.readBack(detail, answers.answer(CURRENCY),
            context.language())));
  }
}
