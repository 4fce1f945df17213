package org.relance.owner;

import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseView;
import org.relance.nlu.DelayReason;
import org.relance.telegram.OutgoingMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The owner says which reason for delay the debtor really gave: a button per {@link DelayReason};
 * the last reason recorded becomes that one, the debtor's words kept.
 */
final class ReasonFixFlow extends CaseFlow {

  static final String NAME = "reason_fix";
  static final String REASON = "reason";

  private static final List<Question> QUESTIONS = List.of(new Question(REASON, "owner.fix.reason",
      Arrays.stream(DelayReason.values()).map(r -> new Question.Choice("owner.reason." + r.wire(), r.wire())).toList(),
      false, AnswerChecks.oneOf("owner.problem.choice",
          Arrays.stream(DelayReason.values()).map(DelayReason::wire).toArray(String[]::new))));

  ReasonFixFlow(OwnerCases cases, OwnerTexts texts) {
    super(NAME, QUESTIONS, cases, texts);
  }

  @Override
  boolean appliesTo(CaseView view) {
    return !view.delayReasons().isEmpty();
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    DelayReason reason = DelayReason.fromWire(answers.answer(REASON));
    return send(context, answers, r -> new CaseCommand.CorrectDelayReason(reason, "tg:" + context.updateId(), r),
        "owner.fix.reason_done", Map.of("reason", texts.text(context.language(), "owner.reason." + reason.wire())));
  }
}
