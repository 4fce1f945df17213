package org.relance.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures one bench run measured, printed at its end as a Markdown table (ready for the
 * README), with the database and the machine they came from.
 */
final class BenchTable {

  private record Row(String measure, String value) {}

  private final List<Row> rows = new ArrayList<>();

  void add(String measure, String format, Object... values) {
    rows.add(new Row(measure, String.format(java.util.Locale.ROOT, format, values)));
  }

  void print(String database) {
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("%n%s, %d cores, max heap %d MB, Java %s%n%n", database, runtime.availableProcessors(),
        runtime.maxMemory() / (1024 * 1024), System.getProperty("java.version"));
    System.out.println("| measure | value |");
    System.out.println("|---|---|");
    rows.forEach(row -> System.out.println("| " + row.measure() + " | " + row.value() + " |"));
  }
}
