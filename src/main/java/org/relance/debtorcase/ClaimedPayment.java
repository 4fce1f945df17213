package org.relance.debtorcase;

import org.relance.common.PaymentMethod;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;

/** The debtor says it is paid: when and how if they said, their words; the owner must confirm receipt. */
public record ClaimedPayment(LocalDate date, PaymentMethod method, String words, Instant claimedAt)
    implements JsonSerializable {}
