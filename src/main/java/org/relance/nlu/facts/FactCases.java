package org.relance.nlu.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.relance.common.CollectiveProceedings;
import org.relance.common.PaymentMethod;

/**
 * Reads a file of expected readings, one case a line, fields separated by {@code |}, the text last
 * (it may hold any character): {@code ref_date | paid | dates | amounts | installments | method | text}, or with
 * the collective proceedings expected before the text ({@code ... | method | proceedings | text}, the proceedings
 * written as their wire name or {@code none}); without that field none are expected.
 * {@code paid} is {@code paid} when the classifier would say the payment is reported, else
 * {@code -}; lists are comma-separated; {@code -} is empty or null. Lines starting with {@code #}
 * and blank lines are skipped.
 */
public final class FactCases {

  /**
   * The project's case sets, on the classpath under {@code conversations/nlu/facts/}: {@code cases},
   * the development set, and {@code holdout} to {@code holdout-15}, each written before the
   * extractor was tuned on it, and {@code dates}, everyday date expressions (the contract's "More
   * date rules"), with {@code dates-holdout} written after those rules, and {@code proceedings}, replies
   * stating collective proceedings or only fearing them (NLU-CONTRACT.md, "Collective proceedings").
   */
  public static final List<String> SETS = List.of("cases", "dates", "dates-holdout", "holdout", "holdout-2", "holdout-3",
      "holdout-4", "holdout-5", "holdout-6", "holdout-7", "holdout-8", "holdout-9", "holdout-10",
      "holdout-11", "holdout-12", "holdout-13", "holdout-14", "holdout-15", "proceedings");

  /** One expected reading, with the line it was written on. */
  public record FactCase(int line, LocalDate referenceDate, boolean paymentReported, String text,
      Facts expected) {

    /** Whether {@code actual} matches this case on each field: dates, amounts, installments, method, proceedings. */
    public boolean[] matches(Facts actual) {
      return new boolean[] {
          expected.dates().equals(actual.dates()),
          sameAmounts(expected.amounts(), actual.amounts()),
          java.util.Objects.equals(expected.installments(), actual.installments()),
          expected.method() == actual.method(),
          expected.proceedings() == actual.proceedings()};
    }

    private static boolean sameAmounts(List<BigDecimal> a, List<BigDecimal> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).compareTo(b.get(i)) != 0) {
          return false;
        }
      }
      return true;
    }
  }

  private static final String NONE = "none";

  /** The optional proceedings field: a proceedings wire name or {@code none}, nothing else. */
  private static final java.util.regex.Pattern PROCEEDINGS_FIELD = java.util.regex.Pattern.compile(
      "\\s*(none|safeguard|reorganisation|liquidation|administration|over_indebtedness)\\s*");

  private FactCases() {}

  /** The development set. */
  public static List<FactCase> projectCases() {
    return set("cases");
  }

  /** One of the {@link #SETS}. */
  public static List<FactCase> set(String name) {
    String resource = "/conversations/nlu/facts/" + name + ".txt";
    try (InputStream in = FactCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no case set " + resource + "; the sets are " + SETS);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<FactCase> read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<FactCase> cases = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|", 7);
      if (f.length != 7) {
        throw new IllegalArgumentException("line " + number + ": 7 fields separated by | expected: " + line);
      }
      CollectiveProceedings proceedings = null;
      String[] withProceedings = line.split("\\|", 8);
      if (withProceedings.length == 8 && PROCEEDINGS_FIELD.matcher(withProceedings[6]).matches()) {
        proceedings = withProceedings[6].trim().equals(NONE) ? null : CollectiveProceedings.fromWire(withProceedings[6]);
        f[6] = withProceedings[7];
      }
      try {
        Facts expected = new Facts(
            list(f[2]).stream().map(LocalDate::parse).toList(),
            list(f[3]).stream().map(BigDecimal::new).toList(),
            f[4].isBlank() || f[4].trim().equals("-") ? null : Integer.valueOf(f[4].trim()),
            f[5].isBlank() || f[5].trim().equals("-") ? null : PaymentMethod.fromWire(f[5].trim()), proceedings);
        cases.add(new FactCase(number, LocalDate.parse(f[0].trim()), f[1].trim().equals("paid"),
            f[6].trim(), expected));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage() + ": " + line, e);
      }
    }
    return cases;
  }

  private static List<String> list(String field) {
    String trimmed = field.trim();
    return trimmed.isEmpty() || trimmed.equals("-") ? List.of()
        : Arrays.stream(trimmed.split(",")).map(String::trim).toList();
  }
}
