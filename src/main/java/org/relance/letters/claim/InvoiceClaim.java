package org.relance.letters.claim;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.relance.common.Money;
import org.relance.debtorcase.Invoice;

import java.time.LocalDate;
import java.util.List;

/**
 * What one invoice owes as of the claim date: the amount paid on it (oldest due date first), the
 * principal still outstanding, the interest periods, the penalties (interest) rounded half-up to
 * the cent, and the fixed recovery indemnity / compensation. {@code interestFrom} is the first day
 * of interest, or null when none runs (not yet late, or a consumer without mise en demeure).
 */
public record InvoiceClaim(
    Invoice invoice,
    Money paid,
    Money outstanding,
    LocalDate interestFrom,
    long days,
    List<InterestPeriod> periods,
    Money penalties,
    Money indemnity) {

  public InvoiceClaim {
    periods = List.copyOf(periods);
  }

  /** Outstanding principal + penalties + indemnity. */
  @JsonProperty
  public Money total() {
    return outstanding.plus(penalties).plus(indemnity);
  }
}
