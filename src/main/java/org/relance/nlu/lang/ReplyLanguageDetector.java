package org.relance.nlu.lang;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;
import org.relance.common.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells French from English in a short reply with an OpenNLP {@link LanguageDetectorME} (maxent on
 * character 1–3-grams, {@link ReplyLanguageFactory}) trained on the project's own replies; a reply
 * with no telling signal ("ok", "👍") gets the fallback language. Thread-safe. One of the
 * detectors {@code nlu-eval --compare} measures: the shipped classifier reads the language from
 * the reply features it already computed, which is as accurate and cheaper.
 */
public final class ReplyLanguageDetector {

  /** A labelled text to train on. */
  public record Sample(String text, Language language) {}

  /** Under this probability for the best language, the reply is taken to be in the fallback language. */
  static final double MIN_CONFIDENCE = 0.6;

  static {
    // OpenNLP only instantiates the factory named in a model file from packages it was told about.
    ExtensionLoader.registerAllowedPackage(ReplyLanguageFactory.class.getPackageName());
  }

  private final LanguageDetectorME detector;
  private final Language fallback;

  private ReplyLanguageDetector(LanguageDetectorModel model, Language fallback) {
    this.detector = new LanguageDetectorME(model);
    this.fallback = fallback;
  }

  /** Trains a two-language detector; the same samples always give the same detector. */
  public static ReplyLanguageDetector train(List<Sample> samples, Language fallback) {
    List<LanguageSample> openNlpSamples = new ArrayList<>(samples.size());
    for (Sample sample : samples) {
      openNlpSamples.add(new LanguageSample(new opennlp.tools.langdetect.Language(sample.language().code()), sample.text()));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    try {
      return new ReplyLanguageDetector(
          LanguageDetectorME.train(ObjectStreamUtils.createObjectStream(openNlpSamples), params, new ReplyLanguageFactory()),
          fallback);
    } catch (IOException e) {
      throw new UncheckedIOException("Language detector training failed", e);
    }
  }

  /** The language of {@code text}, or the fallback when the text does not tell. */
  public Language detect(String text) {
    opennlp.tools.langdetect.Language best = detector.predictLanguage(text);
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      return fallback;
    }
    return Language.fromCode(best.getLang());
  }
}
