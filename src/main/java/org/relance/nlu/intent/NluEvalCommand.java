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
 * cross-validation on the training set and on the dev set and its hard slice, written apart; the
 * issue-15 table per language (with the facts extractor's dates and instalments); the reliability
 * diagram of the confidence and the threshold the dev set suggests; with {@code --bench}, the speed on one thread; with
 * {@code --compare}, the comparison of learners, feature sets and language detectors.
 */
@Command(name = "nlu-eval", mixinStandardHelpOptions = true,
    description = "Evaluate the intent and reason classifiers (cross-validation and dev set).")
public final class NluEvalCommand implements Callable<Integer> {

  private static final int RELIABILITY_BINS = 10;
  /** The threshold is read on windows of this width of the reliability diagram... */
  private static final double THRESHOLD_WINDOW = 0.10;
  /** ...that hold at least this many readings (fewer say nothing). */
  private static final int THRESHOLD_WINDOW_READINGS = 10;

  @Spec
  CommandSpec spec;

  @Option(names = "--config", description = "Operator settings file (default: ./application.conf).")
  Path configFile = Path.of("application.conf");

  @Option(names = "--folds", description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--marginal-accuracy", description = "How often the readings just above the threshold must be right"
      + " (default: ${DEFAULT-VALUE}).")
  double marginalAccuracy = 0.80;

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
    List<LabelledReply> hard = NluData.load(NluData.DEV_HARD);
    IntentClassifier classifier = IntentClassifier.shipped(RelanceConfig.load(configFile));
    out.printf("NLU data: %d training replies, %d dev replies, %d in the hard dev slice; shipped model: %s, %s%n%n",
        train.size(), dev.size(), hard.size(), ShippedModels.ALGORITHM, FeatureSet.SHIPPED.name());
    if (compare) {
      ModelComparison.run(train, dev, folds, out);
      compareLanguageDetectors(classifier, train, dev, out);
      return 0;
    }
    Scorecard crossValidated = CrossValidation.run(train, folds, FeatureSet.SHIPPED, ShippedModels.ALGORITHM);
    Scorecard onDev = new Scorecard(Evaluation.score(text -> classifier.classify(text, null), dev));
    Scorecard onHard = new Scorecard(Evaluation.score(text -> classifier.classify(text, null), hard));
    Scorecard onBoth = onDev.plus(onHard);
    EvalReport.sideBySide(folds + "-fold cross-validation", crossValidated, "dev set", onDev, out);
    out.println();
    EvalReport.sideBySide("hard dev slice", onHard, "dev set + hard slice", onBoth, out);
    out.println();
    EvalReport.confusion(folds + "-fold cross-validation", crossValidated, out);
    out.println();
    EvalReport.confusion("dev set", onDev, out);
    out.println();
    EvalReport.confusion("hard dev slice", onHard, out);
    out.println();
    IssueTable.print("dev set (" + onDev.size() + " replies)", onDev, classifier, out);
    out.println();
    IssueTable.print("hard dev slice (" + onHard.size() + " replies)", onHard, classifier, out);
    out.println();
    EvalReport.reliability("dev set + hard slice", onBoth, RELIABILITY_BINS, out);
    out.println();
    Scorecard.ThresholdPoint chosen = onBoth.chooseThreshold(marginalAccuracy, THRESHOLD_WINDOW, THRESHOLD_WINDOW_READINGS);
    EvalReport.thresholds(onBoth, chosen, out);
    out.printf("Suggested threshold: %.2f (lowest from which every window of %.2f confidence with %d readings or more is right"
            + " at least %.0f%% of the time); configured: %.2f%n", chosen.threshold(), THRESHOLD_WINDOW, THRESHOLD_WINDOW_READINGS,
        marginalAccuracy * 100, classifier.threshold());
    Scorecard.ThresholdPoint devAtConfigured = onBoth.thresholdCurve().get((int) Math.min(99, Math.round(classifier.threshold() * 100)));
    out.printf("Dev set + hard slice at the configured threshold: kept precision %.3f, uncertain share %.3f%n",
        devAtConfigured.keptPrecision(), devAtConfigured.uncertainShare());
    out.printf("Language detection: %.3f cross-validated, %.3f on the dev set, %.3f on the hard slice%n",
        crossValidated.languageAccuracy(), onDev.languageAccuracy(), onHard.languageAccuracy());
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
