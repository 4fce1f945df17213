package org.relance.payment;

import org.relance.common.Language;
import org.relance.messages.MessageTemplates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The payment lines a debtor reads under a reminder (templates {@code payment.*}): the transfer's
 * details (to whom, IBAN grouped by four, BIC, reference, amount) when the business has a right
 * IBAN, and its payment link when it has one; nothing when it has neither, or nothing is due. Also
 * the caption of the QR code's picture. Pure.
 */
public final class PaymentTexts {

  private final MessageTemplates templates;

  public PaymentTexts(MessageTemplates templates) {
    this.templates = templates;
  }

  /** The lines to add to a reminder ("" when there is nothing to say). */
  public String lines(PaymentDetails details, Language language) {
    if (details.amount() == null) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    if (details.hasBankAccount()) {
      lines.add(templates.text(language, details.bic() == null ? "payment.transfer.no_bic" : "payment.transfer",
          values(details, language)));
    }
    details.paymentLink().ifPresent(link -> lines.add(templates.text(language,
        lines.isEmpty() ? "payment.link.only" : "payment.link", Map.of("link", link))));
    return String.join("\n", lines);
  }

  /** The caption of the QR code's picture. */
  public String qrCaption(PaymentDetails details, Language language) {
    return templates.text(language, "payment.qr", values(details, language));
  }

  private static Map<String, String> values(PaymentDetails details, Language language) {
    return Map.of("business", details.beneficiary(), "iban", details.groupedIban(),
        "bic", details.bic() == null ? "" : details.bic(), "reference", details.reference(),
        "amount", details.amount() == null ? "" : language.money(details.amount(), details.currency()));
  }
}
