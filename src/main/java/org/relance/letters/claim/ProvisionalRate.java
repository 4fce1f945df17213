package org.relance.letters.claim;

import java.time.LocalDate;

/**
 * A half-year whose rate is not in table {@code table} yet: the rate of {@code carriedFrom} was
 * used, as published on {@code published} (null when not recorded) by {@code source}.
 */
public record ProvisionalRate(String table, HalfYear period, HalfYear carriedFrom, LocalDate published, String source) {

  @Override
  public String toString() {
    return table + " " + period + " (carried forward from " + carriedFrom + ")";
  }
}
