package org.relance.owner;

import org.relance.common.CollectiveProceedings;
import org.relance.common.Party;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.CaseView;
import org.relance.owner.Question.Checked;
import org.relance.telegram.OutgoingMessage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The owner records that a debtor is under collective proceedings (learnt from the BODACC, a letter
 * of the mandataire...): which kind (a button each), the day of the opening judgment (typed, never
 * ahead, or "unknown"); the case then goes on hold and the owner gets the notice of what to do,
 * with the declaration of claim's button.
 */
final class ProceedingsFlow extends CaseFlow {

  static final String NAME = "proceedings";
  static final String KIND = "kind";
  static final String JUDGMENT = "judgment";
  private static final String UNKNOWN = "unknown";

  private static final List<Question> QUESTIONS = List.of(
      new Question(KIND, "owner.proceedings.ask_kind", Arrays.stream(CollectiveProceedings.values())
          .map(k -> new Question.Choice("owner.proceedings.button." + k.wire(), k.wire())).toList(), false,
          AnswerChecks.oneOf("owner.problem.choice", Arrays.stream(CollectiveProceedings.values())
              .map(CollectiveProceedings::wire).toArray(String[]::new))),
      Question.typed(JUDGMENT, "owner.proceedings.ask_judgment", AnswerChecks::date)
          .withChoices(List.of(new Question.Choice("button.unknown_date", UNKNOWN))));

  private final OwnerProceedings proceedings;

  ProceedingsFlow(OwnerCases cases, OwnerTexts texts) {
    super(NAME, QUESTIONS, cases, texts);
    this.proceedings = new OwnerProceedings(texts);
  }

  @Override
  boolean appliesTo(CaseView view) {
    return view.closure() == null;
  }

  @Override
  public Checked check(Question question, String answer, FlowState state) {
    String value = answer.strip();
    if (question.key().equals(JUDGMENT)) {
      return UNKNOWN.equals(value) ? Checked.ok(UNKNOWN) : OwnerReadings.dayPaid(value, today(state));
    }
    return question.check().apply(value);
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    CollectiveProceedings kind = CollectiveProceedings.fromWire(answers.answer(KIND));
    LocalDate judgment = UNKNOWN.equals(answers.answer(JUDGMENT)) ? null : LocalDate.parse(answers.answer(JUDGMENT));
    String caseId = answers.answer(CASE);
    return cases.ask(caseId, r -> new CaseCommand.RecordProceedings(kind, judgment, Party.OWNER, null,
        "tg:" + context.updateId(), r)).thenApply(reply -> List.of(reply instanceof CaseReply.Accepted accepted
        ? proceedings.notice(context.chatId(), accepted.view(), context.language())
        : refused(context, caseId)));
  }
}
