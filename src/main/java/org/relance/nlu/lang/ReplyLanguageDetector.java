package org.relance.nlu.lang;

import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.relance.common.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells French from English in a short reply, with an OpenNLP language detector (maxent on
 * character 1–3-grams) trained on the project's own French and English replies. A reply with no
 * telling signal ("ok", "👍") gets the fallback language. Thread-safe.
 */
public final class ReplyLanguageDetector {

  /** A labelled text to train on. */
  public record Sample(String text, Language language) {}

  /** Under this probability for the best language, the reply is taken to be in the fallback language. */
  static final double MIN_CONFIDENCE = 0.6;

  private final LanguageDetectorModel model;
  private final LanguageDetectorME detector;
  private final Language fallback;

  private ReplyLanguageDetector(LanguageDetectorModel model, Language fallback) {
    this.model = model;
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
          LanguageDetectorME.train(ObjectStreamUtils.createObjectStream(openNlpSamples), params, new LanguageDetectorFactory()),
          fallback);
    } catch (IOException e) {
      throw new UncheckedIOException("Language detector training failed", e);
    }
  }

  public static ReplyLanguageDetector read(InputStream in, Language fallback) throws IOException {
    return new ReplyLanguageDetector(new LanguageDetectorModel(in), fallback);
  }

  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  /** The language of {@code text}, or the fallback when the text does not tell. */
  public Language detect(String text) {
    opennlp.tools.langdetect.Language best = detector.predictLanguage(text.toLowerCase(Locale.ROOT));
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      return fallback;
    }
    return Language.fromCode(best.getLang());
  }
}
