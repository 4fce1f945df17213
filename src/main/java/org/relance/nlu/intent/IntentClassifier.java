package org.relance.nlu.intent;

import com.typesafe.config.Config;
import org.relance.common.Language;

import java.util.List;

/**
 * Reads a debtor's reply: its language, primary intent (with a confidence and whether it is too
 * low to act on) and the reason for the delay. The shipped models are trained at build time from
 * {@code conversations/nlu/train} by {@link ShippedModels} and packaged in the jar. Immutable and
 * thread-safe: one instance serves every conversation.
 */
public final class IntentClassifier {

  private final ReplyModels models;
  private final double threshold;
  private final Language fallbackLanguage;

  IntentClassifier(ReplyModels models, double threshold, Language fallbackLanguage) {
    this.models = models;
    this.threshold = threshold;
    this.fallbackLanguage = fallbackLanguage;
  }

  /** The packaged models, with the threshold and fallback language of {@code relance.nlu.intent}. */
  public static IntentClassifier shipped(Config config) {
    Config section = config.getConfig("relance.nlu.intent");
    return shipped(section.getDouble("confidence-threshold"), Language.fromCode(section.getString("fallback-language")));
  }

  /** The packaged models with an explicit threshold and fallback language. */
  public static IntentClassifier shipped(double threshold, Language fallbackLanguage) {
    return new IntentClassifier(ShippedModels.load(), threshold, fallbackLanguage);
  }

  /** A classifier trained now on {@code examples} the way the shipped one is. */
  public static IntentClassifier train(List<LabelledReply> examples, double threshold, Language fallbackLanguage) {
    return new IntentClassifier(ShippedModels.train(examples), threshold, fallbackLanguage);
  }

  /** Reads {@code text}; {@code languageOrNull}, when given, is used as is. */
  public Classification classify(String text, Language languageOrNull) {
    ReplyModels.Reading reading = models.read(text, languageOrNull == null ? fallbackLanguage : null);
    Language lang = languageOrNull != null ? languageOrNull : reading.lang();
    return new Classification(lang, reading.intent(), reading.confidence(), reading.confidence() < threshold || reading.unknownWords(),
        reading.reason(), reading.ranked(), reading.reasons());
  }

  public double threshold() {
    return threshold;
  }
}
