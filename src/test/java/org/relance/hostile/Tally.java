package org.relance.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a barrage saw: inputs tried and answers by status, per surface ({@code api}, {@code owner},
 * {@code debtor}, {@code stranger}, {@code webhook}), and every broken invariant, grouped into distinct
 * failures (the same route and the same kind of break) with the first input that showed it. Thread-safe.
 */
public final class Tally {

  /** One distinct failure: where, what broke, how often, and the first input that broke it. */
  public record Failure(String surface, String route, String what, String firstInput, int times) {
    @Override
    public String toString() {
      return surface + " " + route + ": " + what + " (" + times + "x), e.g. " + firstInput;
    }
  }

  private static final int SHOWN_INPUT = 300;

  private final Map<String, Integer> inputs = new TreeMap<>();
  private final Map<String, Integer> answers = new TreeMap<>();
  private final Map<String, Long> nanos = new TreeMap<>();
  private final Map<String, Long> routeNanos = new TreeMap<>();
  private final Map<String, Failure> failures = new java.util.LinkedHashMap<>();
  private int casesChecked;

  /** An input was sent on {@code surface} and answered with {@code status} ("timeout" when it was not) after {@code took}. */
  public synchronized void answered(String surface, String status, java.time.Duration took) {
    inputs.merge(surface, 1, Integer::sum);
    answers.merge(surface + " " + status, 1, Integer::sum);
    nanos.merge(surface, took.toNanos(), Long::sum);
  }

  /** Like {@link #answered(String, String, java.time.Duration)}, also adding the time to its route's total. */
  public synchronized void answered(String surface, String route, String status, java.time.Duration took) {
    answered(surface, status, took);
    routeNanos.merge(surface + " " + route, took.toNanos(), Long::sum);
  }

  /** An invariant broke; {@code what} should not hold the input itself, so repeats group together. */
  public synchronized void failed(String surface, String route, String what, String input) {
    String key = surface + "|" + route + "|" + what;
    Failure known = failures.get(key);
    failures.put(key, known == null
        ? new Failure(surface, route, what, shorten(input), 1)
        : new Failure(surface, route, what, known.firstInput(), known.times() + 1));
  }

  /** Like {@link #failed(String, String, String, String)}, with the answer that showed it (each shortened). */
  public synchronized void failed(String surface, String route, String what, String input, String answer) {
    failed(surface, route, what, shorten(input) + " → " + shorten(answer));
  }

  public synchronized void casesChecked(int count) {
    casesChecked += count;
  }

  public synchronized int inputsTried() {
    return inputs.values().stream().mapToInt(Integer::intValue).sum();
  }

  public synchronized List<Failure> failures() {
    return new ArrayList<>(failures.values());
  }

  /** The counts, for the build log. */
  public synchronized String report() {
    StringBuilder text = new StringBuilder("Hostile inputs: " + inputsTried() + " tried " + inputs + "\n");
    text.append("Answers by status: ").append(answers).append('\n');
    text.append("Mean answer time (ms): ");
    inputs.forEach((surface, count) -> text.append(surface).append('=').append(nanos.get(surface) / count / 1_000_000)
        .append(' '));
    text.append('\n');
    text.append("Routes that took the longest in all (s): ");
    routeNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
        .forEach(e -> text.append(e.getKey()).append('=').append(e.getValue() / 1_000_000_000).append(' '));
    text.append('\n');
    text.append("Cases checked intact: ").append(casesChecked).append('\n');
    text.append("Distinct failures: ").append(failures.size()).append('\n');
    failures.values().forEach(f -> text.append("  - ").append(f).append('\n'));
    return text.toString();
  }

  private static String shorten(String input) {
    String visible = input == null ? "null" : input.replace("\n", "\\n");
    return visible.length() <= SHOWN_INPUT + 50 ? visible
        : visible.substring(0, SHOWN_INPUT) + "…(" + visible.length() + " chars)";
  }
}
