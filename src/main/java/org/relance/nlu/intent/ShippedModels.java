package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.lang.ReplyLanguageDetector;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The models packaged in the jar: what they are trained with, where they live on the classpath,
 * and the build step that writes them ({@code main}, run by Maven in {@code process-classes} with
 * the classes directory as argument). Training is deterministic, so every build ships the same models.
 */
public final class ShippedModels {

  static final Algorithm ALGORITHM = Algorithm.MAXENT_GIS;
  static final String LANGUAGE = "language.bin";
  static final String INTENT = "intent.bin";
  static final String REASON = "reason.bin";
  private static final String FOLDER = "nlu/models/";

  private ShippedModels() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]).resolve(FOLDER);
    Files.createDirectories(folder);
    long start = System.nanoTime();
    List<LabelledReply> train = NluData.load(NluData.TRAIN);
    ReplyModels replies = trainReplies(train);
    ReplyLanguageDetector languages = trainLanguages(train, Language.FR);
    try (OutputStream intent = Files.newOutputStream(folder.resolve(INTENT));
         OutputStream reason = Files.newOutputStream(folder.resolve(REASON));
         OutputStream language = Files.newOutputStream(folder.resolve(LANGUAGE))) {
      replies.write(intent, reason);
      languages.write(language);
    }
    System.out.printf("NLU models trained on %d replies in %d ms into %s%n",
        train.size(), (System.nanoTime() - start) / 1_000_000, folder);
  }

  static ReplyModels trainReplies(List<LabelledReply> examples) {
    return ReplyModels.train(examples, FeatureSet.SHIPPED, ALGORITHM);
  }

  static ReplyLanguageDetector trainLanguages(List<LabelledReply> examples, Language fallback) {
    return ReplyLanguageDetector.train(
        examples.stream().map(e -> new ReplyLanguageDetector.Sample(e.text(), e.lang())).toList(), fallback);
  }

  static InputStream open(String model) {
    InputStream in = ShippedModels.class.getClassLoader().getResourceAsStream(FOLDER + model);
    if (in == null) {
      throw new IllegalStateException("NLU model " + FOLDER + model + " is not on the classpath: build with Maven"
          + " (mvn process-classes trains it)");
    }
    return in;
  }
}
