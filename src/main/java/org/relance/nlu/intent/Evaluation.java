package org.relance.nlu.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Scores a reader of replies (the language left to it to detect) on labelled examples. */
final class Evaluation {

  private Evaluation() {}

  static List<Scorecard.Outcome> score(Function<String, Classification> reader, List<LabelledReply> examples) {
    List<Scorecard.Outcome> outcomes = new ArrayList<>(examples.size());
    for (LabelledReply example : examples) {
      Classification reading = reader.apply(example.text());
      outcomes.add(new Scorecard.Outcome(example.intent(), reading.intent(), reading.confidence(),
          example.reason(), reading.reason(), example.lang(), reading.lang()));
    }
    return outcomes;
  }
}
