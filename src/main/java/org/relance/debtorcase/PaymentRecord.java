package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment received (or, for {@code credit}, a reduction the owner granted: credit note, corrected
 * amount), allocated to the invoices with the oldest due date first.
 */
public record PaymentRecord(String id, Money amount, LocalDate date, PaymentMethod method, boolean credit,
                            List<Allocation> allocations, Instant recordedAt) implements JsonSerializable {

  /** The part of a payment that settled one invoice. */
  public record Allocation(String invoiceNumber, Money amount) implements JsonSerializable {}
}
