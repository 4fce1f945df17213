package org.relance.nlu.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relance nlu-facts-eval}: the share of cases whose dates, amounts, instalments, method and proceedings
 * come out exactly as expected, over one of the project's case sets or a file in the
 * {@link FactCases} format;
 * {@code --errors} lists the cases that differ.
 */
@Command(name = "nlu-facts-eval", mixinStandardHelpOptions = true,
    description = "Per-field accuracy of the fact extraction over a file of expected readings.")
public final class FactsEvalCommand implements Callable<Integer> {

  private static final String[] FIELDS = {"dates", "amounts", "installments", "method", "proceedings"};

  @Option(names = "--set",
      description = "One of the project's case sets: cases, dates, dates-holdout, holdout, holdout-2, holdout-3 … holdout-15, proceedings "
      + "(default: ${DEFAULT-VALUE}).")
  String set = "cases";

  @Option(names = "--file", description = "A cases file of your own (instead of --set).")
  Path file;

  @Option(names = "--errors", description = "List every case that differs from its expected reading.")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    List<FactCases.FactCase> cases;
    if (file == null) {
      cases = FactCases.set(set);
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        cases = FactCases.read(in);
      }
    }
    FactExtractor extractor = new FactExtractor();
    int[] right = new int[FIELDS.length];
    int exact = 0;
    for (FactCases.FactCase c : cases) {
      Facts actual = extractor.extract(c.text(), c.referenceDate(), c.paymentReported());
      boolean[] matches = c.matches(actual);
      boolean all = true;
      for (int f = 0; f < FIELDS.length; f++) {
        right[f] += matches[f] ? 1 : 0;
        all &= matches[f];
      }
      exact += all ? 1 : 0;
      if (!all && errors) {
        System.out.printf("line %d: %s%n  expected %s%n  actual   %s%n", c.line(), c.text(),
            c.expected(), actual);
      }
    }
    System.out.printf("%d cases from %s%n", cases.size(), file == null ? "set " + set : file);
    for (int f = 0; f < FIELDS.length; f++) {
      System.out.printf("%-13s %.3f (%d/%d)%n", FIELDS[f], ratio(right[f], cases.size()), right[f],
          cases.size());
    }
    System.out.printf("%-13s %.3f (%d/%d)%n", "all fields", ratio(exact, cases.size()), exact,
        cases.size());
    return 0;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
