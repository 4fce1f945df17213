package org.relance.letters.claim;

import org.relance.common.Money;
import org.relance.debtorcase.Invoice;
import org.relance.letters.Payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads payments over invoices, oldest due date first (then oldest issue date, then number),
 * each payment in the order received: what each invoice received and when, and what was left
 * over. Payments after {@code asOf} are ignored.
 */
public record PaymentAllocation(Map<String, List<Payment>> byInvoice, Money unallocated) {

  /** Invoices in the order payments go to them. */
  public static List<Invoice> inPaymentOrder(List<Invoice> invoices) {
    return invoices.stream()
        .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(Invoice::issueDate)
            .thenComparing(Invoice::number))
        .toList();
  }

  public static PaymentAllocation allocate(List<Invoice> invoices, List<Payment> payments, LocalDate asOf) {
    List<Invoice> order = inPaymentOrder(invoices);
    Map<String, List<Payment>> byInvoice = new LinkedHashMap<>();
    Map<String, BigDecimal> open = new LinkedHashMap<>();
    for (Invoice invoice : order) {
      byInvoice.put(invoice.number(), new ArrayList<>());
      open.put(invoice.number(), invoice.amount().amount());
    }
    BigDecimal left = BigDecimal.ZERO;
    List<Payment> received = payments.stream().filter(p -> !p.receivedOn().isAfter(asOf))
        .sorted(Comparator.comparing(Payment::receivedOn)).toList();
    for (Payment payment : received) {
      BigDecimal rest = payment.amount().amount();
      for (Invoice invoice : order) {
        BigDecimal due = open.get(invoice.number());
        if (rest.signum() == 0) {
          break;
        }
        if (due.signum() > 0) {
          BigDecimal part = rest.min(due);
          open.put(invoice.number(), due.subtract(part));
          rest = rest.subtract(part);
          byInvoice.get(invoice.number()).add(new Payment(payment.receivedOn(),
              new Money(part, payment.amount().currency())));
        }
      }
      left = left.add(rest);
    }
    return new PaymentAllocation(byInvoice, new Money(left, invoices.get(0).amount().currency()));
  }

  /** What the invoice received on or before {@code day}. */
  public BigDecimal paidOnOrBefore(String invoiceNumber, LocalDate day) {
    return byInvoice.get(invoiceNumber).stream().filter(p -> !p.receivedOn().isAfter(day))
        .map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
