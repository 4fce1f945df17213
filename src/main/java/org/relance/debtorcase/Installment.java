package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated payment of a plan, and whether payments recorded so far cover it; when the debtor was
 * reminded of it and when the owner was asked whether it arrived (null: not yet, or before these were kept).
 */
public record Installment(LocalDate date, Money amount, boolean paid, Instant remindedAt, Instant followUpAskedAt)
    implements JsonSerializable {

  public Installment(LocalDate date, Money amount, boolean paid) {
    this(date, amount, paid, null, null);
  }

  Installment markPaid() {
    return new Installment(date, amount, true, remindedAt, followUpAskedAt);
  }

  Installment reminded(Instant at) {
    return new Installment(date, amount, paid, at, followUpAskedAt);
  }

  Installment followUpAsked(Instant at) {
    return new Installment(date, amount, paid, remindedAt, at);
  }
}
