package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The intent, reason and language models, read together on one set of features computed once per
 * reply. The intent is the intent model's best label; the reason is the reason model's, with the
 * contract's rule that every {@code hardship} message has {@code cash_flow}; the language is the
 * language model's, or the fallback when it is not sure ("ok", "👍").
 */
final class ReplyModels {

  static final String NO_REASON = "none";

  /** Under this probability for the better language, the reply is taken to be in the fallback language. */
  static final double MIN_LANGUAGE_CONFIDENCE = 0.6;

  /**
   * What the models make of one reply; {@code lang} is null when it was not asked for; {@code ranked}
   * and {@code reasons} hold every intent and every reason with its score, likeliest first;
   * {@code unknownWords} when the reply has words and training saw none of them ("xyz abc"), so its
   * scores come from letters and cues alone.
   */
  record Reading(Intent intent, double confidence, DelayReason reason, Language lang,
                 List<Classification.Alternative> ranked, List<Classification.ReasonAlternative> reasons,
                 boolean unknownWords) {}

  /** The three trained models. */
  record Models(LabelModel intents, LabelModel reasons, LabelModel languages) {}

  private final FeatureSet features;
  private final Models models;
  private final Intent[] intentOfLabel;
  private final DelayReason[] reasonOfLabel;
  private final Language[] languageOfLabel;

  ReplyModels(FeatureSet features, Models models) {
    this.features = features;
    this.models = models;
    this.intentOfLabel = labels(models.intents(), Intent::fromWire, Intent[]::new);
    this.reasonOfLabel = labels(models.reasons(), l -> NO_REASON.equals(l) ? null : DelayReason.fromWire(l), DelayReason[]::new);
    this.languageOfLabel = labels(models.languages(), Language::fromCode, Language[]::new);
  }

  /**
   * Trains the three models. A reply with cue phrases is also learnt from its cues alone, so that
   * the cues carry weight of their own on wordings the training words do not cover.
   */
  static ReplyModels train(List<LabelledReply> examples, FeatureSet features, Algorithm algorithm) {
    List<String[]> contexts = new ArrayList<>(examples.size() * 2);
    List<String> intentLabels = new ArrayList<>(examples.size() * 2);
    List<String> reasonLabels = new ArrayList<>(examples.size() * 2);
    List<String[]> languageContexts = new ArrayList<>(examples.size());
    List<String> languageLabels = new ArrayList<>(examples.size());
    for (LabelledReply example : examples) {
      String[] context = features.extract(TextNormalizer.tokens(example.text()));
      String intent = example.intent().wire();
      String reason = example.reason() == null ? NO_REASON : example.reason().wire();
      contexts.add(context);
      intentLabels.add(intent);
      reasonLabels.add(reason);
      languageContexts.add(context);
      languageLabels.add(example.lang().code());
      String[] cuesOnly = Arrays.stream(context).filter(f -> f.startsWith("cue=")).toArray(String[]::new);
      if (cuesOnly.length > 0) {
        contexts.add(cuesOnly);
        intentLabels.add(intent);
        reasonLabels.add(reason);
      }
    }
    return new ReplyModels(features, new Models(
        LabelModel.train(contexts, intentLabels, algorithm),
        LabelModel.train(contexts, reasonLabels, algorithm),
        LabelModel.train(languageContexts, languageLabels, algorithm)));
  }

  /** Reads {@code text}; detects its language only when {@code fallbackLanguage} is not null. */
  Reading read(String text, Language fallbackLanguage) {
    String[] context = features.extract(TextNormalizer.tokens(text));
    double[] intentScores = models.intents().scores(context);
    int best = argMax(intentScores);
    Intent intent = intentOfLabel[best];
    boolean hardship = intent == Intent.HARDSHIP;
    List<Classification.ReasonAlternative> reasons = hardship
        ? List.of(new Classification.ReasonAlternative(DelayReason.CASH_FLOW, 1.0))
        : ranked(models.reasons().scores(context), (i, score) -> new Classification.ReasonAlternative(reasonOfLabel[i], score));
    DelayReason reason = reasons.get(0).reason();
    Language lang = null;
    if (fallbackLanguage != null) {
      double[] languageScores = models.languages().scores(context);
      int likeliest = argMax(languageScores);
      lang = languageScores[likeliest] < MIN_LANGUAGE_CONFIDENCE ? fallbackLanguage : languageOfLabel[likeliest];
    }
    return new Reading(intent, intentScores[best], reason, lang,
        ranked(intentScores, (i, score) -> new Classification.Alternative(intentOfLabel[i], score)), reasons,
        unknownWords(context));
  }

  private boolean unknownWords(String[] context) {
    boolean anyWord = false;
    for (String feature : context) {
      if (feature.startsWith(FeatureSet.WORD_PREFIX)) {
        if (models.intents().knows(feature)) {
          return false;
        }
        anyWord = true;
      }
    }
    return anyWord;
  }

  Models models() {
    return models;
  }

  private static <T> T[] labels(LabelModel model, Function<String, T> parse, IntFunction<T[]> array) {
    T[] labels = array.apply(model.labelCount());
    for (int i = 0; i < labels.length; i++) {
      labels[i] = parse.apply(model.label(i));
    }
    return labels;
  }

  /** Each label with its score, likeliest first (ties in label order, so the first is the arg max). */
  private static <T> List<T> ranked(double[] scores, BiFunction<Integer, Double, T> labelled) {
    List<Integer> order = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(scores[b], scores[a]));
    return order.stream().map(i -> labelled.apply(i, scores[i])).toList();
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
