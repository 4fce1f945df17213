package org.relance.letters.limitation;

import org.relance.business.Jurisdiction;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.Invoice;
import org.relance.letters.LetterCase;
import org.relance.letters.Commitment;
import org.relance.letters.Payment;
import org.relance.letters.claim.PaymentAllocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The limitation of each invoice of a case and the warnings due to the owner (DOMAIN.md): 5 years
 * for a commercial debt, 2 years for a consumer's, from the due date; restarted (Code civil 2240)
 * only by a part payment allocated to that invoice (oldest due date first) or by an acknowledgment
 * of the debt the owner confirmed, dated no later than the day asked about; a mise en demeure does
 * not restart it. A UK business: 6 years (Limitation Act 1980 s.5, s.29). Warnings fall due six months and one month before the limit. Pure.
 */
public final class LimitationCalculator {

  /** The limitation period in years of a claim under this law on this kind of debtor. */
  public static int years(Jurisdiction jurisdiction, DebtorType debtor) {
    return jurisdiction == Jurisdiction.UK ? 6 : debtor == DebtorType.CONSUMER ? 2 : 5;
  }

  /** The limit of every invoice of the case, as the events known on {@code today} make it. */
  public List<InvoiceLimitation> limits(LetterCase file, LocalDate today) {
    boolean uk = file.business().jurisdiction() == Jurisdiction.UK;
    boolean consumer = file.debtor().type() == DebtorType.CONSUMER;
    int years = years(file.business().jurisdiction(), file.debtor().type());
    String article = uk ? InvoiceLimitation.UK_ARTICLE
        : consumer ? InvoiceLimitation.CONSUMER_ARTICLE : InvoiceLimitation.COMMERCIAL_ARTICLE;
    PaymentAllocation allocation = PaymentAllocation.allocate(file.invoices(), file.payments(), today);
    List<InvoiceLimitation> limits = new ArrayList<>();
    for (Invoice invoice : PaymentAllocation.inPaymentOrder(file.invoices())) {
      InvoiceLimitation.Restart restart = lastRestart(file, invoice, allocation, today).orElse(null);
      LocalDate from = restart == null ? invoice.dueDate() : restart.on();
      limits.add(new InvoiceLimitation(invoice.number(), invoice.dueDate(), restart, from.plusYears(years), article));
    }
    return limits;
  }

  /**
   * The warnings due on {@code today} for invoices still unpaid: per invoice the most urgent one
   * whose day has come and whose limit has not passed. Call it daily and send each
   * {@link LimitationWarning#key()} once.
   */
  public List<LimitationWarning> warningsDue(LetterCase file, LocalDate today) {
    PaymentAllocation allocation = PaymentAllocation.allocate(file.invoices(), file.payments(), today);
    List<LimitationWarning> due = new ArrayList<>();
    for (InvoiceLimitation limit : limits(file, today)) {
      Invoice invoice = file.invoices().stream().filter(i -> i.number().equals(limit.invoiceNumber())).findFirst()
          .orElseThrow();
      boolean unpaid = invoice.amount().amount().compareTo(allocation.paidOnOrBefore(invoice.number(), today)) > 0;
      if (!unpaid || !today.isBefore(limit.limitDate())) {
        continue;
      }
      LocalDate oneMonth = limit.limitDate().minusMonths(1);
      LocalDate sixMonths = limit.limitDate().minusMonths(6);
      if (!today.isBefore(oneMonth)) {
        due.add(warning(limit, LimitationWarning.Kind.ONE_MONTH, oneMonth));
      } else if (!today.isBefore(sixMonths)) {
        due.add(warning(limit, LimitationWarning.Kind.SIX_MONTHS, sixMonths));
      }
    }
    return due;
  }

  private static LimitationWarning warning(InvoiceLimitation limit, LimitationWarning.Kind kind, LocalDate on) {
    return new LimitationWarning(limit.invoiceNumber(), kind, on, limit.limitDate(), limit.basisArticle(),
        limit.restart());
  }

  private static Optional<InvoiceLimitation.Restart> lastRestart(LetterCase file, Invoice invoice,
      PaymentAllocation allocation, LocalDate today) {
    List<InvoiceLimitation.Restart> restarts = new ArrayList<>();
    BigDecimal paid = BigDecimal.ZERO;
    for (Payment p : allocation.byInvoice().get(invoice.number())) {
      paid = paid.add(p.amount().amount());
      if (paid.compareTo(invoice.amount().amount()) < 0) {
        restarts.add(new InvoiceLimitation.Restart(p.receivedOn(), InvoiceLimitation.Reason.PART_PAYMENT));
      }
    }
    for (Commitment c : file.commitments()) {
      if (c.kind() == Commitment.Kind.ACKNOWLEDGMENT && c.ownerConfirmed() && c.covers(invoice.number())
          && !c.recordedOn().isAfter(today)) {
        restarts.add(new InvoiceLimitation.Restart(c.recordedOn(), InvoiceLimitation.Reason.ACKNOWLEDGMENT));
      }
    }
    return restarts.stream().filter(r -> r.on().isAfter(invoice.dueDate()))
        .max(Comparator.comparing(InvoiceLimitation.Restart::on));
  }
}
