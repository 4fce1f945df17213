package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.Intent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * k-fold cross-validation of a way of training: the examples are dealt to the folds in turn
 * within each intent (so every fold has every intent, and the split is the same on every run),
 * each fold is read by a model trained on the others, and all readings make one scorecard.
 */
public final class CrossValidation {

  private CrossValidation() {}

  public static Scorecard run(List<LabelledReply> examples, int folds, FeatureSet features, Algorithm algorithm) {
    return run(examples, folds, (train, test) -> {
      IntentClassifier classifier = new IntentClassifier(ReplyModels.train(train, features, algorithm), 0, Language.FR);
      return Evaluation.score(text -> classifier.classify(text, null), test);
    });
  }

  static Scorecard run(List<LabelledReply> examples, int folds,
                       BiFunction<List<LabelledReply>, List<LabelledReply>, List<Scorecard.Outcome>> trainAndScore) {
    List<Scorecard.Outcome> outcomes = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<LabelledReply> train = new ArrayList<>();
      List<LabelledReply> test = new ArrayList<>();
      int[] seenPerIntent = new int[Intent.values().length];
      for (LabelledReply example : examples) {
        int rank = seenPerIntent[example.intent().ordinal()]++;
        (rank % folds == fold ? test : train).add(example);
      }
      outcomes.addAll(trainAndScore.apply(train, test));
    }
    return new Scorecard(outcomes);
  }
}
