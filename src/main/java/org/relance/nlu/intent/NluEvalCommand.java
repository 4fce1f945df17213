package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.config.RelanceConfig;
import org.relance.nlu.lang.LanguageDetectorComparison;
import org.relance.nlu.lang.ReplyLanguageDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code relance nlu-eval}: how well the shipped intent and reason models read replies, by k-fold
 * cross-validation on the training set and on the dev set written apart, side by side; the
 * confidence threshold the data suggests; with {@code --bench}, the speed on one thread; with
 * {@code --compare}, the comparison of learners, feature sets and language detectors.
 */
@Command(name = "nlu-eval", mixinStandardHelpOptions = true,
    description = "Evaluate the intent and reason classifiers (cross-validation and dev set).")
public final class NluEvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--config", description = "Operator settings file (default: ./application.conf).")
  Path configFile = Path.of("application.conf");

  @Option(names = "--folds", description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--target-precision", description = "Precision the kept answers should reach (default: ${DEFAULT-VALUE}).")
  double targetPrecision = 0.97;

  @Option(names = "--max-uncertain", description = "Largest share of replies sent back to rephrase (default: ${DEFAULT-VALUE}).")
  double maxUncertain = 0.10;

  @Option(names = "--bench", description = "Also time classification on one thread.")
  boolean bench;

  @Option(names = "--compare", description = "Compare learners, feature sets and language detectors instead (slow).")
  boolean compare;

  @Option(names = "--langdetect-jar", description = "With --compare: the opennlp-models-langdetect jar to compare with.")
  Path langdetectJar;

  @Override
  public Integer call() throws IOException {
    if (folds < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be 2 or more, got " + folds);
    }
    PrintStream out = System.out;
    List<LabelledReply> train = NluData.load(NluData.TRAIN);
    List<LabelledReply> dev = NluData.load(NluData.DEV);
    IntentClassifier classifier = IntentClassifier.shipped(RelanceConfig.load(configFile));
    out.printf("NLU data: %d training replies, %d dev replies; shipped model: %s, %s%n%n",
        train.size(), dev.size(), ShippedModels.ALGORITHM, FeatureSet.SHIPPED.name());
    if (compare) {
      ModelComparison.run(train, dev, folds, out);
      compareLanguageDetectors(classifier, train, dev, out);
      return 0;
    }
    Scorecard crossValidated = CrossValidation.run(train, folds, FeatureSet.SHIPPED, ShippedModels.ALGORITHM);
    Scorecard onDev = new Scorecard(Evaluation.score(text -> classifier.classify(text, null), dev));
    EvalReport.sideBySide(folds + "-fold cross-validation", crossValidated, "dev set", onDev, out);
    out.println();
    EvalReport.confusion(folds + "-fold cross-validation", crossValidated, out);
    out.println();
    EvalReport.confusion("dev set", onDev, out);
    out.println();
    Scorecard.ThresholdPoint chosen = crossValidated.chooseThreshold(targetPrecision, maxUncertain);
    EvalReport.thresholds(crossValidated, chosen, out);
    out.printf("Suggested threshold: %.2f (lowest with kept precision >= %.2f and at most %.0f%% uncertain);"
            + " configured: %.2f%n", chosen.threshold(), targetPrecision, maxUncertain * 100, classifier.threshold());
    Scorecard.ThresholdPoint devAtConfigured = onDev.thresholdCurve().get((int) Math.min(99, Math.round(classifier.threshold() * 100)));
    out.printf("Dev set at the configured threshold: kept precision %.3f, uncertain share %.3f%n",
        devAtConfigured.keptPrecision(), devAtConfigured.uncertainShare());
    out.printf("Language detection: %.3f cross-validated, %.3f on the dev set%n",
        crossValidated.languageAccuracy(), onDev.languageAccuracy());
    if (bench) {
      out.println();
      ClassifierBench.run(classifier, train, dev, out);
    }
    return 0;
  }

  private void compareLanguageDetectors(IntentClassifier classifier, List<LabelledReply> train, List<LabelledReply> dev,
                                        PrintStream out) throws IOException {
    List<ReplyLanguageDetector.Sample> devSamples =
        dev.stream().map(r -> new ReplyLanguageDetector.Sample(r.text(), r.lang())).toList();
    List<ReplyLanguageDetector.Sample> shortReplies = NluData.shortReplies();
    List<LanguageDetectorComparison.Result> results = new ArrayList<>();
    Function<String, Language> shipped = text -> classifier.classify(text, null).lang();
    results.add(LanguageDetectorComparison.measure("reply features + maxent (shipped), dev", shipped, devSamples));
    results.add(LanguageDetectorComparison.measure("reply features + maxent (shipped), short", shipped, shortReplies));
    ReplyLanguageDetector charGrams = ReplyLanguageDetector.train(
        train.stream().map(r -> new ReplyLanguageDetector.Sample(r.text(), r.lang())).toList(), Language.FR);
    results.add(LanguageDetectorComparison.measure("LanguageDetectorME trained here, dev", charGrams::detect, devSamples));
    results.add(LanguageDetectorComparison.measure("LanguageDetectorME trained here, short", charGrams::detect, shortReplies));
    if (langdetectJar != null) {
      Function<String, Language> openNlp = LanguageDetectorComparison.shippedOpenNlp(langdetectJar);
      results.add(LanguageDetectorComparison.measure("OpenNLP langdetect-183, dev", openNlp, devSamples));
      results.add(LanguageDetectorComparison.measure("OpenNLP langdetect-183, short", openNlp, shortReplies));
    }
    out.println();
    LanguageDetectorComparison.print(results, out);
  }
}
