package org.relance.debtorcase;

import org.relance.common.Money;

import java.time.LocalDate;

/** One unpaid invoice of a case, as issued: its number, amount, issue date and due date. */
public record Invoice(String number, Money amount, LocalDate issueDate, LocalDate dueDate)
    implements org.relance.serialization.JsonSerializable {}
