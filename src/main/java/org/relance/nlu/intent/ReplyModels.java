package org.relance.nlu.intent;

import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The intent model and the reason model, read together on one set of features. The intent is the
 * intent model's best label; the reason is the reason model's, with the contract's rule that every
 * {@code hardship} message has {@code cash_flow}.
 */
final class ReplyModels {

  static final String NO_REASON = "none";

  /** What the models make of one reply. */
  record Reading(Intent intent, double confidence, DelayReason reason) {}

  private final FeatureSet features;
  private final LabelModel intents;
  private final LabelModel reasons;
  private final Intent[] intentOfLabel;
  private final DelayReason[] reasonOfLabel;

  ReplyModels(FeatureSet features, LabelModel intents, LabelModel reasons) {
    this.features = features;
    this.intents = intents;
    this.reasons = reasons;
    this.intentOfLabel = new Intent[intents.labelCount()];
    for (int i = 0; i < intentOfLabel.length; i++) {
      intentOfLabel[i] = Intent.fromWire(intents.label(i));
    }
    this.reasonOfLabel = new DelayReason[reasons.labelCount()];
    for (int i = 0; i < reasonOfLabel.length; i++) {
      String label = reasons.label(i);
      reasonOfLabel[i] = NO_REASON.equals(label) ? null : DelayReason.fromWire(label);
    }
  }

  /**
   * Trains both models. A reply with cue phrases is also learnt from its cues alone, so that the
   * cues carry weight of their own on wordings the training words do not cover.
   */
  static ReplyModels train(List<LabelledReply> examples, FeatureSet features, Algorithm algorithm) {
    List<String[]> contexts = new ArrayList<>(examples.size());
    List<String> intentLabels = new ArrayList<>(examples.size());
    List<String> reasonLabels = new ArrayList<>(examples.size());
    for (LabelledReply example : examples) {
      String[] context = features.extract(TextNormalizer.tokens(example.text()));
      String intent = example.intent().wire();
      String reason = example.reason() == null ? NO_REASON : example.reason().wire();
      contexts.add(context);
      intentLabels.add(intent);
      reasonLabels.add(reason);
      String[] cuesOnly = Arrays.stream(context).filter(f -> f.startsWith("cue=")).toArray(String[]::new);
      if (cuesOnly.length > 0) {
        contexts.add(cuesOnly);
        intentLabels.add(intent);
        reasonLabels.add(reason);
      }
    }
    return new ReplyModels(features, LabelModel.train(contexts, intentLabels, algorithm),
        LabelModel.train(contexts, reasonLabels, algorithm));
  }

  Reading read(String text) {
    String[] context = features.extract(TextNormalizer.tokens(text));
    double[] intentScores = intents.scores(context);
    int best = argMax(intentScores);
    Intent intent = intentOfLabel[best];
    DelayReason reason = intent == Intent.HARDSHIP
        ? DelayReason.CASH_FLOW
        : reasonOfLabel[argMax(reasons.scores(context))];
    return new Reading(intent, intentScores[best], reason);
  }

  void write(OutputStream intentOut, OutputStream reasonOut) throws IOException {
    intents.write(intentOut);
    reasons.write(reasonOut);
  }

  static ReplyModels read(FeatureSet features, InputStream intentIn, InputStream reasonIn) throws IOException {
    return new ReplyModels(features, LabelModel.read(intentIn), LabelModel.read(reasonIn));
  }

  private static int argMax(double[] scores) {
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    return best;
  }
}
