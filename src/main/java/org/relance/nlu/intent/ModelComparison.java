package org.relance.nlu.intent;

import org.relance.common.Language;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nlu-eval --compare}: the OpenNLP learners on the shipped features, and the shipped
 * learner on each feature set, each by k-fold cross-validation and on the dev set, with the
 * time one training on the whole training set takes.
 */
final class ModelComparison {

  private ModelComparison() {}

  private record Candidate(Algorithm algorithm, FeatureSet features) {}

  static void run(List<LabelledReply> train, List<LabelledReply> dev, int folds, PrintStream out) {
    List<Candidate> candidates = new ArrayList<>();
    for (Algorithm algorithm : Algorithm.values()) {
      candidates.add(new Candidate(algorithm, FeatureSet.SHIPPED));
    }
    for (FeatureSet features : FeatureSet.all()) {
      if (!features.equals(FeatureSet.SHIPPED)) {
        candidates.add(new Candidate(ShippedModels.ALGORITHM, features));
      }
    }
    out.printf("%-12s %-36s | %8s %8s | %8s %8s | %9s%n", "learner", "features",
        "CV F1", "CV rsn", "dev F1", "dev rsn", "train ms");
    for (Candidate c : candidates) {
      Scorecard cv = CrossValidation.run(train, folds, c.features(), c.algorithm());
      long start = System.nanoTime();
      IntentClassifier classifier = new IntentClassifier(ReplyModels.train(train, c.features(), c.algorithm()), 0, Language.FR);
      long trainMillis = (System.nanoTime() - start) / 1_000_000;
      Scorecard onDev = new Scorecard(Evaluation.score(text -> classifier.classify(text, null), dev));
      out.printf("%-12s %-36s | %8.3f %8.3f | %8.3f %8.3f | %9d%n", c.algorithm(), c.features().name(),
          cv.macroF1(), cv.reasonAccuracy(), onDev.macroF1(), onDev.reasonAccuracy(), trainMillis);
      out.flush();
    }
  }
}
