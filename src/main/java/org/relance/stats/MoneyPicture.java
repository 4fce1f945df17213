package org.relance.stats;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one business's money stands in one currency on one day: the ageing of what it is owed, and
 * its DSO (days sales outstanding) the standard way, receivables ÷ sales × days of the period. The
 * period is the {@code periodDays} days ending on {@code day} (both ends included, in the business's
 * time zone); the sales are the amounts (tax included, as invoiced) of every invoice of the business
 * issued in that period, open or paid; the receivables are the ageing's total. As JSON (the admin
 * page's {@code /web/api/ageing}): the ageing's fields, then {@code day}, {@code periodDays}, {@code sales}
 * and {@code daysSalesOutstanding} (absent when nothing was sold).
 */
public record MoneyPicture(@JsonUnwrapped Ageing.BusinessAgeing ageing, LocalDate day, int periodDays, BigDecimal sales,
                           BigDecimal daysSalesOutstanding) {

  public String businessId() {
    return ageing.businessId();
  }

  public String currency() {
    return ageing.currency();
  }

  public BigDecimal receivables() {
    return ageing.total();
  }

  /** The first day of the period. */
  public LocalDate periodStart() {
    return day.minusDays(periodDays - 1L);
  }

  /** The DSO in days, or empty when nothing was invoiced in the period (the ratio has no meaning). */
  public Optional<BigDecimal> dso() {
    return Optional.ofNullable(daysSalesOutstanding);
  }
}
