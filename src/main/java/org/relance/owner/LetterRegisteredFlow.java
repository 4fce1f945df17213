package org.relance.owner;

import org.relance.ladder.Stage;
import org.relance.telegram.OutgoingMessage;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * After "Posted by registered letter": asks the registered letter's number (typed; "Skip" or "-"
 * leaves it out) and records the letter posted today with it.
 */
final class LetterRegisteredFlow implements GuidedFlow {

  static final String NAME = "letter_registered";
  static final String CASE = "case";
  static final String STAGE = "stage";
  static final String NUMBER = "number";

  private final OwnerCases cases;
  private final OwnerLetters letters;
  private final OwnerTexts texts;
  private final List<Question> questions = List.of(Question.typed(NUMBER, "owner.letter.number",
      AnswerChecks::optionalReference).withChoices(List.of(new Question.Choice("button.skip", AnswerChecks.SKIP))));

  LetterRegisteredFlow(OwnerCases cases, OwnerLetters letters, OwnerTexts texts) {
    this.cases = cases;
    this.letters = letters;
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
    String number = AnswerChecks.SKIP.equals(answers.answer(NUMBER)) ? null : answers.answer(NUMBER);
    Stage stage = Stage.fromWire(answers.answer(STAGE));
    return cases.caseOf(context.businessId(), answers.answer(CASE)).thenCompose(found -> found.isEmpty()
        ? CompletableFuture.completedFuture(List.of(OutgoingMessage.text(context.chatId(),
            texts.text(context.language(), "owner.refused"))))
        : letters.record(context.chatId(), context.language(), found.get(), stage, true, number,
            "tg:" + context.updateId()));
  }
}
