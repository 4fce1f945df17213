package org.relance.payment;

import org.junit.jupiter.api.Test;
import org.relance.business.BusinessProfile;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;
import org.relance.messages.MessageTemplates;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payment lines in both languages, the link filled and encoded, and what is said when there is little to say. */
class PaymentTextsTest {

  private final PaymentTexts texts = new PaymentTexts(MessageTemplates.load());

  private static BusinessProfile business(String iban, String bic, String paymentUrl) {
    return new BusinessProfile("Atelier Dupont", null, null, null, iban, bic, Language.FR, Jurisdiction.FR,
        ZoneId.of("Europe/Paris"), null, PlanPolicy.defaults(), 9, Map.of(), null, paymentUrl);
  }

  private static PaymentDetails details(BusinessProfile business, String amount, String currency) {
    return PaymentDetails.of(business, new BigDecimal(amount), currency, List.of("F-1", "F/2 bis"));
  }

  @Test
  void aTransferInFrenchAndEnglishWithTheLinkFilledAndEncoded() {
    PaymentDetails d = details(business("FR7630006000011234567890189", "AGRIFRPP",
        "https://pay.example/?amount={amount}&cur={currency}&ref={reference}"), "1280.5", "EUR");

    assertEquals("Pour régler, vous pouvez faire un virement à Atelier Dupont :\nIBAN : FR76 3000 6000 0112 3456 7890 189\n"
        + "BIC : AGRIFRPP\nRéférence à indiquer : F-1, F/2 bis\nMontant : 1\u202f280,50\u00a0€\n"
        + "Vous pouvez aussi régler en ligne : https://pay.example/?amount=1280.50&cur=EUR&ref=F-1%2C%20F%2F2%20bis",
        texts.lines(d, Language.FR));
    assertEquals("To pay, you can make a bank transfer to Atelier Dupont:\nIBAN: FR76 3000 6000 0112 3456 7890 189\n"
        + "BIC: AGRIFRPP\nReference to quote: F-1, F/2 bis\nAmount: €1,280.50\n"
        + "You can also pay online: https://pay.example/?amount=1280.50&cur=EUR&ref=F-1%2C%20F%2F2%20bis",
        texts.lines(d, Language.EN));
  }

  @Test
  void withoutARightIbanOnlyTheLinkAndWithoutEitherNothing() {
    assertEquals("Pour régler, vous pouvez payer en ligne : https://pay.example/F-1%2C%20F%2F2%20bis",
        texts.lines(details(business("FR7630006000011234567890188", null, "https://pay.example/{reference}"), "10",
            "EUR"), Language.FR));
    assertEquals("", texts.lines(details(business(null, null, null), "10", "EUR"), Language.FR));
    assertEquals("", texts.lines(details(business("FR7630006000011234567890189", null, null), "0", "EUR"),
        Language.FR), "nothing due, nothing to pay");
    assertTrue(texts.lines(details(business("GB33BUKB20201555555555", null, null), "10", "GBP"), Language.EN)
        .endsWith("Reference to quote: F-1, F/2 bis\nAmount: £10.00"), "pounds: the details without a QR code");
  }

  @Test
  void aLinkTemplateIsRefusedWithItsReason() {
    assertEquals(Optional.empty(), PaymentLink.problem("https://pay.example/?a={amount}&r={reference}"));
    assertTrue(PaymentLink.problem("http://pay.example/").orElseThrow().contains("https://"));
    assertTrue(PaymentLink.problem("https://pay.example/{total}").orElseThrow().contains("{total}"));
    assertTrue(PaymentLink.problem("https://pay example/").isPresent());
  }
}
