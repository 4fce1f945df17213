package org.relance.letters;

import org.relance.common.Money;

import java.time.LocalDate;
import java.util.Objects;

/** A payment the owner recorded for a case: the day it was received and how much. */
public record Payment(LocalDate receivedOn, Money amount) {

  public Payment {
    Objects.requireNonNull(receivedOn, "payment.receivedOn");
    Objects.requireNonNull(amount, "payment.amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("A payment must be positive, not " + amount.amount());
    }
  }
}
