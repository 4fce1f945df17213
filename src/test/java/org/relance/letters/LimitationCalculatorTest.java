package org.relance.letters;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.ladder.Stage;
import org.relance.letters.limitation.InvoiceLimitation;
import org.relance.letters.limitation.LimitationCalculator;
import org.relance.letters.limitation.LimitationWarning;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/** Limitation periods and the owner's warnings, by hand: due date + 5 years (B2B) or + 2 years (B2C). */
class LimitationCalculatorTest {

  private final LimitationCalculator limitation = new LimitationCalculator();

  private static LetterCase b2b(List<Payment> payments, List<Commitment> commitments) {
    return new LetterCase("case-7", frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-10", "1000.00", d("2021-03-31"))), payments,
        List.of(sent(Stage.FORMAL_NOTICE, d("2021-06-01"))), commitments, List.of(), List.of(), null);
  }

  @Test
  void aCommercialDebtIsTimeBarredFiveYearsAfterItsDueDateAndAFormalNoticeDoesNotRestartIt() {
    // Due 31/03/2021 -> limit 31/03/2026; six-month warning from 30/09/2025, one-month from 28/02/2026.
    InvoiceLimitation limit = limitation.limits(b2b(List.of(), List.of()), d("2025-01-01")).get(0);
    assertEquals(d("2026-03-31"), limit.limitDate());
    assertEquals(InvoiceLimitation.COMMERCIAL_ARTICLE, limit.basisArticle());
    assertNull(limit.restart());
    assertEquals(List.of(), limitation.warningsDue(b2b(List.of(), List.of()), d("2025-09-29")));
    List<LimitationWarning> sixMonths = limitation.warningsDue(b2b(List.of(), List.of()), d("2025-09-30"));
    assertEquals(LimitationWarning.Kind.SIX_MONTHS, sixMonths.get(0).kind());
    assertEquals("limitation.warning.six_months", sixMonths.get(0).textKey());
    assertEquals("limitation:F-10:six_months:2026-03-31", sixMonths.get(0).key());
    assertEquals(LimitationWarning.Kind.ONE_MONTH,
        limitation.warningsDue(b2b(List.of(), List.of()), d("2026-02-28")).get(0).kind());
    assertEquals(List.of(), limitation.warningsDue(b2b(List.of(), List.of()), d("2026-03-31")), "limit passed");
  }

  @Test
  void aPartPaymentRestartsThePeriodAndTheWarningSaysSo() {
    // 300 € paid 15/05/2024 -> limit 15/05/2029, six-month warning from 15/11/2028.
    LetterCase file = b2b(List.of(paid(d("2024-05-15"), "300.00", "EUR")), List.of());
    assertEquals(d("2029-05-15"), limitation.limits(file, d("2028-01-01")).get(0).limitDate());
    assertEquals(List.of(), limitation.warningsDue(file, d("2025-09-30")));
    LimitationWarning warning = limitation.warningsDue(file, d("2028-11-15")).get(0);
    String fr = warning.text(Language.FR);
    assertTrue(fr.contains("15 mai 2029") && fr.contains("L110-4") && fr.contains("15 mai 2024")
        && fr.contains("2240"), fr);
    String en = warning.text(Language.EN);
    assertTrue(en.contains("15 May 2029") && en.contains("L110-4") && en.contains("part payment"), en);
  }

  @Test
  void onlyAnAcknowledgmentTheOwnerConfirmedRestartsIt() {
    Commitment unconfirmed = new Commitment(Commitment.Kind.ACKNOWLEDGMENT, d("2024-01-10"),
        "oui je vous dois bien ces 1000 €", false, List.of(), "");
    Commitment confirmed = new Commitment(Commitment.Kind.ACKNOWLEDGMENT, d("2024-01-10"),
        "oui je vous dois bien ces 1000 €", true, List.of(), "");
    assertEquals(d("2026-03-31"), limitation.limits(b2b(List.of(), List.of(unconfirmed)), d("2025-01-01"))
        .get(0).limitDate());
    InvoiceLimitation restarted = limitation.limits(b2b(List.of(), List.of(confirmed)), d("2025-01-01")).get(0);
    assertEquals(d("2029-01-10"), restarted.limitDate());
    assertEquals(InvoiceLimitation.Reason.ACKNOWLEDGMENT, restarted.restart().reason());
  }

  @Test
  void aConsumerDebtIsTimeBarredAfterTwoYearsAndAPaidInvoiceIsNeverWarnedAbout() {
    // Due 31/01/2025 -> limit 31/01/2027 (L218-2); one-month warning on 31/12/2026.
    LetterCase consumer = file(frenchBusiness(null), person(Language.FR),
        List.of(LetterFixtures.eur("P-1", "80.00", d("2025-01-31"))), List.of(), List.of());
    LimitationWarning warning = limitation.warningsDue(consumer, d("2026-12-31")).get(0);
    assertEquals(d("2027-01-31"), warning.limitDate());
    assertEquals(InvoiceLimitation.CONSUMER_ARTICLE, warning.basisArticle());
    assertTrue(warning.text(Language.FR).contains("L218-2"));
    LetterCase paidOff = file(frenchBusiness(null), person(Language.FR),
        List.of(LetterFixtures.eur("P-1", "80.00", d("2025-01-31"))), List.of(paid(d("2025-03-01"), "80.00", "EUR")),
        List.of());
    assertEquals(List.of(), limitation.warningsDue(paidOff, d("2026-12-31")));
  }
}
