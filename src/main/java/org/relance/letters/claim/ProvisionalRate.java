package org.relance.letters.claim;

/** A half-year whose rate is not in table {@code table} yet: the rate of {@code carriedFrom} was used. */
public record ProvisionalRate(String table, HalfYear period, HalfYear carriedFrom) {

  @Override
  public String toString() {
    return table + " " + period + " (carried forward from " + carriedFrom + ")";
  }
}
