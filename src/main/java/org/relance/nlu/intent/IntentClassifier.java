package org.relance.nlu.intent;

import com.typesafe.config.Config;
import org.relance.common.Language;
import org.relance.nlu.lang.ReplyLanguageDetector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads a debtor's reply: its language, primary intent (with a confidence and whether it is too
 * low to act on) and the reason for the delay. The shipped models are trained at build time from
 * {@code conversations/nlu/train} by {@link ShippedModels} and packaged in the jar. Immutable and
 * thread-safe: one instance serves every conversation.
 */
public final class IntentClassifier {

  private final ReplyLanguageDetector languages;
  private final ReplyModels models;
  private final double threshold;

  private IntentClassifier(ReplyLanguageDetector languages, ReplyModels models, double threshold) {
    this.languages = languages;
    this.models = models;
    this.threshold = threshold;
  }

  /** The packaged models, with the threshold and fallback language of {@code relance.nlu.intent}. */
  public static IntentClassifier shipped(Config config) {
    Config section = config.getConfig("relance.nlu.intent");
    return shipped(section.getDouble("confidence-threshold"), Language.fromCode(section.getString("fallback-language")));
  }

  /** The packaged models with an explicit threshold and fallback language. */
  public static IntentClassifier shipped(double threshold, Language fallbackLanguage) {
    try (InputStream language = ShippedModels.open(ShippedModels.LANGUAGE);
         InputStream intent = ShippedModels.open(ShippedModels.INTENT);
         InputStream reason = ShippedModels.open(ShippedModels.REASON)) {
      return new IntentClassifier(ReplyLanguageDetector.read(language, fallbackLanguage),
          ReplyModels.read(FeatureSet.SHIPPED, intent, reason), threshold);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the packaged NLU models", e);
    }
  }

  /** A classifier trained now on {@code examples} with the shipped features and algorithm. */
  public static IntentClassifier train(List<LabelledReply> examples, double threshold, Language fallbackLanguage) {
    return new IntentClassifier(ShippedModels.trainLanguages(examples, fallbackLanguage),
        ShippedModels.trainReplies(examples), threshold);
  }

  /** Reads {@code text}; {@code languageOrNull}, when given, is used as is. */
  public Classification classify(String text, Language languageOrNull) {
    Language lang = languageOrNull != null ? languageOrNull : languages.detect(text);
    ReplyModels.Reading reading = models.read(text);
    return new Classification(lang, reading.intent(), reading.confidence(), reading.confidence() < threshold, reading.reason());
  }

  public double threshold() {
    return threshold;
  }

  ReplyLanguageDetector languageDetector() {
    return languages;
  }
}
