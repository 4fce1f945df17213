package org.relance.letters.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One published reference rate by half-year (percent per year), e.g. the ECB main refinancing
 * rate in force on 1 January / 1 July, each row with its source and the day it was published.
 * The half-years follow one another without a gap. A half-year after the last row carries the
 * last rate forward and says so; a half-year before the first is an error naming the table to extend.
 */
public final class RateTable {

  /** One half-year's value: percent per year, the day its source published it (null when not recorded), the source. */
  public record Row(BigDecimal percent, LocalDate published, String source) {

    public Row {
      Objects.requireNonNull(percent);
      Objects.requireNonNull(source);
    }
  }

  /** The rate found for a half-year, the row it came from, and that row's half-year when it was carried forward. */
  public record Lookup(HalfYear period, HalfYear publishedFor, Row row) {

    public BigDecimal percent() {
      return row.percent();
    }

    public boolean carriedForward() {
      return !period.equals(publishedFor);
    }
  }

  private final String name;
  private final NavigableMap<HalfYear, Row> rows;

  /** The table; refused when empty or when a half-year is missing between two rows. */
  public RateTable(String name, Map<HalfYear, Row> rows) {
    this.name = Objects.requireNonNull(name);
    this.rows = new TreeMap<>(rows);
    if (this.rows.isEmpty()) {
      throw new IllegalArgumentException("Rate table " + name + " is empty");
    }
    HalfYear previous = null;
    for (HalfYear half : this.rows.keySet()) {
      if (previous != null && !previous.next().equals(half)) {
        throw new IllegalArgumentException("Rate table " + name + " has no row for " + previous.next() + ", between "
            + previous + " and " + half + ": add it, or remove the rows after " + previous);
      }
      previous = half;
    }
  }

  public String name() {
    return name;
  }

  /** The last half-year with a row of its own: the ones after it carry its rate forward. */
  public HalfYear lastPublished() {
    return rows.lastKey();
  }

  public Lookup lookup(HalfYear period) {
    Map.Entry<HalfYear, Row> entry = rows.floorEntry(period);
    if (entry == null) {
      throw new IllegalArgumentException("No " + name + " rate is known for " + period + " (the table starts at "
          + rows.firstKey() + "): add it under relance.letters.added-rates." + name);
    }
    return new Lookup(period, entry.getKey(), entry.getValue());
  }
}
