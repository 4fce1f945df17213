package org.relance.owner;

import org.relance.debtorcase.CallOutcome;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseView;
import org.relance.owner.Question.Checked;
import org.relance.telegram.OutgoingMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * "Promised a date" on the call sheet: the day the debtor gave on the phone, read like every date the
 * owner types (today or later), then the call is logged with the promise, taken by the owner, of the
 * whole balance; the debtor gets it confirmed in writing.
 */
final class CallPromiseFlow extends CaseFlow {

  static final String NAME = "call_promise";
  static final String DATE = "date";

  private static final List<Question> QUESTIONS = List.of(
      Question.typed(DATE, "owner.call.promise_date", AnswerChecks::date));

  CallPromiseFlow(OwnerCases cases, OwnerTexts texts) {
    super(NAME, QUESTIONS, cases, texts);
  }

  @Override
  boolean appliesTo(CaseView view) {
    return owing(view);
  }

  @Override
  public Checked check(Question question, String answer, FlowState state) {
    return dayFromToday(answer, state);
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    LocalDate date = LocalDate.parse(answers.answer(DATE));
    return send(context, answers, r -> new CaseCommand.LogCall(CallOutcome.PROMISED, date, "tg:" + context.updateId(),
        r), "owner.call.promised", Map.of("date", OwnerTexts.date(date, context.language())));
  }
}
