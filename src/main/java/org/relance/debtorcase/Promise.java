package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A debtor's promise to pay by {@code date} (all the balance, or {@code amount}), with how and in
 * their own words. {@code followUpAskedAt} is set once the owner was asked "did they pay?";
 * {@code takenBy}: who recorded it, the owner for a promise made on the phone (null: the debtor, in the chat).
 */
public record Promise(LocalDate date, Money amount, PaymentMethod method, String words, Instant recordedAt,
                      Instant followUpAskedAt, org.relance.common.Party takenBy) implements JsonSerializable {

  /** A promise the debtor made in the chat. */
  public Promise(LocalDate date, Money amount, PaymentMethod method, String words, Instant recordedAt,
                 Instant followUpAskedAt) {
    this(date, amount, method, words, recordedAt, followUpAskedAt, null);
  }

  Promise withFollowUpAsked(Instant at) {
    return new Promise(date, amount, method, words, recordedAt, at, takenBy);
  }

  /** Whether the owner took this promise on the phone. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean byPhone() {
    return takenBy == org.relance.common.Party.OWNER;
  }
}
