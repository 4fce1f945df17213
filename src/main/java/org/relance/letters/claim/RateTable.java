package org.relance.letters.claim;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One published reference rate by half-year (percent per year), e.g. the ECB main refinancing
 * rate in force on 1 January / 1 July. A half-year after the last published one carries the last
 * rate forward and says so; a half-year before the first is an error naming the table to extend.
 */
public final class RateTable {

  /** The rate found for a half-year, and where it came from when it was carried forward. */
  public record Lookup(BigDecimal percent, HalfYear period, HalfYear publishedFor) {

    public boolean carriedForward() {
      return !period.equals(publishedFor);
    }
  }

  private final String name;
  private final NavigableMap<HalfYear, BigDecimal> rates;

  public RateTable(String name, Map<HalfYear, BigDecimal> rates) {
    this.name = Objects.requireNonNull(name);
    this.rates = new TreeMap<>(rates);
    if (this.rates.isEmpty()) {
      throw new IllegalArgumentException("Rate table " + name + " is empty");
    }
  }

  public String name() {
    return name;
  }

  public Lookup lookup(HalfYear period) {
    Map.Entry<HalfYear, BigDecimal> entry = rates.floorEntry(period);
    if (entry == null) {
      throw new IllegalArgumentException("No " + name + " rate is known for " + period + " (the table starts at "
          + rates.firstKey() + "): add it under relance.letters.rates." + name);
    }
    return new Lookup(entry.getValue(), period, entry.getKey());
  }
}
