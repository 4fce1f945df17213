package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A debtor's promise to pay by {@code date} (all the balance, or {@code amount}), with how and in
 * their own words. {@code followUpAskedAt} is set once the owner was asked "did they pay?".
 */
public record Promise(LocalDate date, Money amount, PaymentMethod method, String words, Instant recordedAt,
                      Instant followUpAskedAt) implements JsonSerializable {

  Promise withFollowUpAsked(Instant at) {
    return new Promise(date, amount, method, words, recordedAt, at);
  }
}
