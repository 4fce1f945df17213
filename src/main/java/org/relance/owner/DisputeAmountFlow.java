package org.relance.owner;

import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent.DisputeOutcome;
import org.relance.debtorcase.CaseView;
import org.relance.owner.Question.Checked;
import org.relance.telegram.OutgoingMessage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * A dispute settled with an amount: a credit note (its amount, at most the balance) or a corrected
 * amount (what the debtor really owes, at most the balance); the case records the resolution and the
 * credit, and the ladder resumes on what is left.
 */
final class DisputeAmountFlow extends CaseFlow {

  static final String AMOUNT = "amount";

  private final DisputeOutcome outcome;
  private final String doneId;

  private DisputeAmountFlow(String name, DisputeOutcome outcome, String promptId, String doneId, OwnerCases cases,
                            OwnerTexts texts) {
    super(name, List.of(Question.typed(AMOUNT, promptId, AnswerChecks::amount)), cases, texts);
    this.outcome = outcome;
    this.doneId = doneId;
  }

  static DisputeAmountFlow creditNote(OwnerCases cases, OwnerTexts texts) {
    return new DisputeAmountFlow("dispute_credit_note", DisputeOutcome.CREDIT_NOTE, "owner.dispute.credit_amount",
        "owner.dispute.credited", cases, texts);
  }

  static DisputeAmountFlow correctedAmount(OwnerCases cases, OwnerTexts texts) {
    return new DisputeAmountFlow("dispute_corrected", DisputeOutcome.CORRECTED_AMOUNT, "owner.dispute.corrected_amount",
        "owner.dispute.corrected", cases, texts);
  }

  @Override
  boolean appliesTo(CaseView view) {
    return view.dispute() != null;
  }

  @Override
  public Checked check(Question question, String answer, FlowState state) {
    return OwnerReadings.amountUpTo(answer.strip(), balance(state));
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> finish(Context context, FlowState answers) {
    BigDecimal amount = new BigDecimal(answers.answer(AMOUNT));
    BigDecimal left = outcome == DisputeOutcome.CREDIT_NOTE ? balance(answers).subtract(amount) : amount;
    return send(context, answers, r -> new CaseCommand.ResolveDispute(outcome, money(answers, amount),
            "tg:" + context.updateId(), r), doneId,
        Map.of("amount", OwnerTexts.money(amount, answers.answer(CURRENCY), context.language()),
            "left", OwnerTexts.money(left, answers.answer(CURRENCY), context.language())));
  }
}
