package org.relance.nlu.lang;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.relance.common.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipFile;

/**
 * Measures a language detector on labelled replies (accuracy and microseconds per reply), and
 * loads OpenNLP's shipped 103-language model ({@code opennlp-models-langdetect}, read from its jar,
 * not a dependency of the product) as a French/English detector for the comparison.
 */
public final class LanguageDetectorComparison {

  private LanguageDetectorComparison() {}

  /** One line of the comparison. */
  public record Result(String detector, double accuracy, double microsPerReply, int replies) {}

  /**
   * OpenNLP's shipped model as a French/English detector: French or English, whichever it ranks
   * higher among its 103 languages.
   */
  public static Function<String, Language> shippedOpenNlp(Path modelJar) throws IOException {
    try (ZipFile jar = new ZipFile(modelJar.toFile())) {
      var entry = jar.stream().filter(e -> e.getName().endsWith(".bin")).findFirst()
          .orElseThrow(() -> new IOException("No .bin model in " + modelJar));
      try (InputStream in = jar.getInputStream(entry)) {
        LanguageDetectorME detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        return text -> {
          for (opennlp.tools.langdetect.Language guess : detector.predictLanguages(text)) {
            if (guess.getLang().equals("fra")) {
              return Language.FR;
            }
            if (guess.getLang().equals("eng")) {
              return Language.EN;
            }
          }
          return Language.FR;
        };
      }
    }
  }

  public static Result measure(String name, Function<String, Language> detector, List<ReplyLanguageDetector.Sample> samples) {
    for (ReplyLanguageDetector.Sample sample : samples) {
      detector.apply(sample.text());
    }
    long right = 0;
    long start = System.nanoTime();
    for (ReplyLanguageDetector.Sample sample : samples) {
      right += detector.apply(sample.text()) == sample.language() ? 1 : 0;
    }
    double micros = (System.nanoTime() - start) / 1000.0 / samples.size();
    return new Result(name, (double) right / samples.size(), micros, samples.size());
  }

  public static void print(List<Result> results, PrintStream out) {
    out.printf("%-48s %9s %12s %8s%n", "language detector", "accuracy", "µs/reply", "replies");
    for (Result r : results) {
      out.printf("%-48s %9.3f %12.1f %8d%n", r.detector(), r.accuracy(), r.microsPerReply(), r.replies());
    }
  }
}
