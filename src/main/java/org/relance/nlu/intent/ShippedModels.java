package org.relance.nlu.intent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The models packaged in the jar: what they are trained with, where they live on the classpath,
 * and the build step that writes them ({@code main}, run by Maven in {@code process-classes} with
 * the classes directory as argument). Training is deterministic, so every build ships the same models.
 */
public final class ShippedModels {

  static final Algorithm ALGORITHM = Algorithm.MAXENT_QN;
  static final String LANGUAGE = "language.bin";
  static final String INTENT = "intent.bin";
  static final String REASON = "reason.bin";
  private static final String FOLDER = "nlu/models/";

  private ShippedModels() {}

  /**
   * Trains the models into {@code args[0]}/nlu/models, unless the data and the NLU classes are unchanged
   * since the last time; {@code args[1]}, when given and not blank, is a folder kept between builds
   * ({@code mvn clean} included) where models trained from the same inputs are copied from
   * ({@link ModelCache}).
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path folder = classes.resolve(FOLDER);
    Files.createDirectories(folder);
    Path stamp = folder.resolve("inputs.sha256");
    String inputs = inputsDigest(classes);
    if (Files.exists(stamp) && Files.readString(stamp).equals(inputs)
        && Files.exists(folder.resolve(INTENT)) && Files.exists(folder.resolve(REASON)) && Files.exists(folder.resolve(LANGUAGE))) {
      System.out.println("NLU models up to date in " + folder);
      return;
    }
    boolean cached = args.length > 1 && args[1] != null && !args[1].isBlank(); // -Dnlu.model.cache= passes null
    ModelCache cache = new ModelCache(cached ? Path.of(args[1]) : null, List.of(INTENT, REASON, LANGUAGE));
    if (cache.copyInto(inputs, folder)) {
      Files.writeString(stamp, inputs);
      System.out.println("NLU models trained from the same inputs copied from " + cache.folder() + " into " + folder);
      return;
    }
    long start = System.nanoTime();
    List<LabelledReply> train = NluData.load(NluData.TRAIN);
    ReplyModels.Models models = train(train).models();
    Map<String, LabelModel> files = Map.of(INTENT, models.intents(), REASON, models.reasons(), LANGUAGE, models.languages());
    for (var file : files.entrySet()) {
      try (OutputStream out = Files.newOutputStream(folder.resolve(file.getKey()))) {
        file.getValue().write(out);
      }
    }
    Files.writeString(stamp, inputs);
    cache.keep(inputs, folder);
    System.out.printf("NLU models trained on %d replies in %d ms into %s%n",
        train.size(), (System.nanoTime() - start) / 1_000_000, folder);
  }

  /** A digest of what the models depend on: the training data and the compiled NLU classes. */
  private static String inputsDigest(Path classes) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path root : List.of(classes.resolve("conversations/nlu/train"), classes.resolve("org/relance/nlu"))) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static ReplyModels train(List<LabelledReply> examples) {
    return ReplyModels.train(examples, FeatureSet.SHIPPED, ALGORITHM);
  }

  static ReplyModels load() {
    try (InputStream intent = open(INTENT); InputStream reason = open(REASON); InputStream language = open(LANGUAGE)) {
      return new ReplyModels(FeatureSet.SHIPPED,
          new ReplyModels.Models(LabelModel.read(intent), LabelModel.read(reason), LabelModel.read(language)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the packaged NLU models", e);
    }
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
