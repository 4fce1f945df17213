package org.relance.payment;

import org.relance.business.BusinessProfile;
import org.relance.debtorcase.CaseView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a debtor can pay one case: the business's name and bank account (IBAN, BIC), the amount due
 * and its currency, the reference to quote (the open invoices' numbers, bounded to the 140
 * characters a transfer's remittance field takes: as many whole numbers as fit, then "(+n)"), and
 * the business's payment link template if it has one. Every face that shows a debtor how to pay
 * (the reminders, the letters, the e-mails, the debtor page) starts here; {@link #qr()} gives the
 * EPC QR code, {@link #paymentLink()} the filled link. Pure.
 *
 * @param beneficiary the business's name, as it receives the transfer
 * @param iban the IBAN without spaces, or null when the business gave none
 * @param bic the BIC, or null
 * @param amount the amount due, or null when nothing is left to pay
 * @param currency ISO 4217 code of {@code amount}
 * @param reference the invoice numbers to quote, bounded (may be empty)
 * @param paymentUrl the business's payment link template, or null
 */
public record PaymentDetails(String beneficiary, String iban, String bic, BigDecimal amount, String currency,
                             String reference, String paymentUrl) {

  /** Characters of a reference: the EPC QR code's unstructured remittance field. */
  public static final int REFERENCE_MAX = 140;

  /** The details of {@code view}'s open invoices (those with something outstanding), for their balance. */
  public static PaymentDetails forCase(CaseView view, BusinessProfile business) {
    return of(business, view.balance(), view.currency(), view.invoices().stream()
        .filter(i -> i.outstanding().signum() > 0).map(CaseView.InvoiceView::number).toList());
  }

  /** The details for {@code amount} in {@code currency}, quoting {@code invoiceNumbers}. */
  public static PaymentDetails of(BusinessProfile business, BigDecimal amount, String currency,
                                  List<String> invoiceNumbers) {
    String iban = Iban.normalized(business.iban());
    return new PaymentDetails(business.name(), iban == null || iban.isEmpty() ? null : iban,
        business.bic() == null || business.bic().isBlank() ? null : business.bic().strip(),
        amount == null || amount.signum() <= 0 ? null : amount, currency, reference(invoiceNumbers),
        business.paymentUrl());
  }

  /**
   * The invoice numbers joined by ", ", at most {@link #REFERENCE_MAX} characters: the numbers that
   * fit whole, then "(+n)" for the n left out.
   */
  static String reference(List<String> invoiceNumbers) {
    List<String> numbers = invoiceNumbers.stream().map(EpcQr::oneLine).filter(n -> !n.isEmpty()).toList();
    String all = String.join(", ", numbers);
    if (all.length() <= REFERENCE_MAX) {
      return all;
    }
    for (int kept = numbers.size() - 1; kept >= 1; kept--) {
      String shortened = String.join(", ", numbers.subList(0, kept)) + " (+" + (numbers.size() - kept) + ")";
      if (shortened.length() <= REFERENCE_MAX) {
        return shortened;
      }
    }
    return all.substring(0, REFERENCE_MAX);
  }

  /** Whether the debtor can be told where to transfer (the business's IBAN is a right one). */
  public boolean hasBankAccount() {
    return iban != null && Iban.valid(iban);
  }

  /** The IBAN in groups of four, or "" when there is none. */
  public String groupedIban() {
    return Iban.grouped(iban);
  }

  /** The business's payment link with this case's amount and reference, when it has one and something is due. */
  public Optional<String> paymentLink() {
    return paymentUrl == null || paymentUrl.isBlank() || amount == null ? Optional.empty()
        : Optional.of(PaymentLink.filled(paymentUrl, amount, currency, reference));
  }

  /** The EPC QR code of this transfer, or why there is none. */
  public EpcQr.Code qr() {
    return EpcQr.of(this);
  }
}
