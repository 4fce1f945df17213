package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.serialization.JsonSerializable;

import java.time.LocalDate;

/** One dated payment of a plan, and whether payments recorded so far cover it. */
public record Installment(LocalDate date, Money amount, boolean paid) implements JsonSerializable {

  Installment markPaid() {
    return new Installment(date, amount, true);
  }
}
