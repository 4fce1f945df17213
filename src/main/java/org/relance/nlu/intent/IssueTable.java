package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.facts.FactCases;
import org.relance.nlu.facts.FactExtractor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The table of issue 15, per language (fr, en, all): intent macro-F1, reason accuracy and
 * false-reason rate on a set of readings; dates on the replies set ({@code cases}) and on the
 * everyday-expressions set ({@code dates}) and the instalment count, read by the facts extractor
 * (the share of cases whose field comes out exactly as expected, as {@code nlu-facts-eval} counts
 * it), each case's language detected by the classifier; and the number of debtor conversation
 * scripts, which {@code ConversationScriptsTest} plays against the real service.
 */
final class IssueTable {

  /** Fields of {@link FactCases.FactCase#matches}. */
  private static final int DATES = 0;
  private static final int INSTALLMENTS = 2;
  private static final Path SCRIPTS = Path.of("conversations/scripts");

  private IssueTable() {}

  static void print(String setName, Scorecard readings, IntentClassifier classifier, PrintStream out) {
    out.println("Issue 15 table, " + setName + " (fr | en | all)");
    out.println("| measure | fr | en | all |");
    out.println("|---|---|---|---|");
    row(out, "intent macro-F1", readings, Scorecard::macroF1);
    row(out, "reason accuracy", readings, Scorecard::reasonAccuracy);
    row(out, "false-reason rate", readings, Scorecard::falseReasonRate);
    FactExtractor extractor = new FactExtractor();
    List<FactCases.FactCase> replies = FactCases.set("cases");
    List<FactCases.FactCase> everyday = FactCases.set("dates");
    factRow(out, "dates, replies set (" + replies.size() + ")", replies, DATES, extractor, classifier);
    factRow(out, "dates, everyday expressions (" + everyday.size() + ")", everyday, DATES, extractor, classifier);
    factRow(out, "instalment count, replies set (" + replies.size() + ")", replies, INSTALLMENTS, extractor, classifier);
    out.printf("| scripted conversations | %s |  |  |%n", scripts());
    out.println("(false-reason rate: the share of replies given a reason their label does not have, either a reason where"
        + " the label has none or another reason; a reply given no reason is never counted)");
  }

  private static void row(PrintStream out, String measure, Scorecard readings, ToDoubleFunction<Scorecard> figure) {
    out.printf("| %s | %.3f | %.3f | %.3f |%n", measure, figure.applyAsDouble(readings.only(Language.FR)),
        figure.applyAsDouble(readings.only(Language.EN)), figure.applyAsDouble(readings));
  }

  private static void factRow(PrintStream out, String measure, List<FactCases.FactCase> cases, int field,
                              FactExtractor extractor, IntentClassifier classifier) {
    int[] right = new int[Language.values().length];
    int[] total = new int[Language.values().length];
    for (FactCases.FactCase c : cases) {
      Language lang = classifier.classify(c.text(), null).lang();
      boolean match = c.matches(extractor.extract(c.text(), c.referenceDate(), c.paymentReported()))[field];
      total[lang.ordinal()]++;
      right[lang.ordinal()] += match ? 1 : 0;
    }
    int fr = Language.FR.ordinal();
    int en = Language.EN.ordinal();
    out.printf("| %s | %s | %s | %s |%n", measure, ratio(right[fr], total[fr]), ratio(right[en], total[en]),
        ratio(right[fr] + right[en], total[fr] + total[en]));
  }

  private static String ratio(int right, int total) {
    return total == 0 ? "-" : String.format("%.3f (%d)", (double) right / total, total);
  }

  private static String scripts() {
    if (!Files.isDirectory(SCRIPTS)) {
      return "not run here: see ConversationScriptsTest (conversations/scripts not found from this directory)";
    }
    try (Stream<Path> files = Files.list(SCRIPTS)) {
      long debtor = files.filter(f -> f.getFileName().toString().startsWith("debtor-")).count();
      return debtor + " debtor scripts in " + SCRIPTS + ", played by ConversationScriptsTest (mvn verify), not by nlu-eval";
    } catch (IOException e) {
      return "not counted: " + e.getMessage();
    }
  }
}
