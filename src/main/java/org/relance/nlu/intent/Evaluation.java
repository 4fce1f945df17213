package org.relance.nlu.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Scores a reader of replies on labelled examples. */
final class Evaluation {

  private Evaluation() {}

  static List<Scorecard.Outcome> score(Function<String, ReplyModels.Reading> reader, List<LabelledReply> examples) {
    List<Scorecard.Outcome> outcomes = new ArrayList<>(examples.size());
    for (LabelledReply example : examples) {
      ReplyModels.Reading reading = reader.apply(example.text());
      outcomes.add(new Scorecard.Outcome(example.intent(), reading.intent(), reading.confidence(),
          example.reason(), reading.reason()));
    }
    return outcomes;
  }
}
