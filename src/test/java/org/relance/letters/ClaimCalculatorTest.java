package org.relance.letters;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.ladder.Stage;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.claim.HalfYear;
import org.relance.letters.claim.InterestPeriod;
import org.relance.letters.claim.InvoiceClaim;
import org.relance.letters.claim.ProvisionalRate;
import org.relance.letters.claim.RateBasis;
import org.relance.letters.claim.RateTables;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/**
 * The claim against hand-computed figures. Rates from letters-rates.conf: ECB 2025-H1 3.15,
 * 2025-H2 2.15, 2024-H1 4.50; legal "autres cas" 2025-H1 3.71, 2025-H2 2.76, 2024-H1 5.07;
 * BoE 2025-H2 4.25. Interest = principal x rate / 100 x days / 365, rounded half-up per invoice.
 */
class ClaimCalculatorTest {

  private final ClaimCalculator calculator = new ClaimCalculator(rates());

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void b2bDefaultRateIsEcbPlusTenAndFortyEurosPerLateInvoice() {
    // F-1: 1 000,00 € due 31/01/2025, as of 02/03/2025: 1 Feb..2 Mar = 28 + 2 = 30 days.
    // 2025-H1: ECB 3.15 + 10 = 13.15 %, floor 3 x 3.71 = 11.13 % is lower.
    // 1000 x 13.15 % x 30 / 365 = 10.8082... -> 10.81 €; + 40 € indemnity = 1 050,81 €.
    Claim claim = calculator.compute(file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-1", "1000.00", d("2025-01-31"))), List.of(), List.of()), d("2025-03-02"));
    InvoiceClaim f1 = claim.invoices().get(0);
    assertEquals(30, f1.days());
    assertEquals(d("2025-02-01"), f1.interestFrom());
    assertEquals(new BigDecimal("13.15"), f1.periods().get(0).annualRate());
    assertEquals(RateBasis.ECB_PLUS_TEN, f1.periods().get(0).basis());
    assertEquals(eur("10.81"), f1.penalties());
    assertEquals(eur("40.00"), f1.indemnity());
    assertEquals(eur("1050.81"), claim.total());
    assertFalse(claim.provisional());
  }

  @Test
  void halfYearChangeAndPartPaymentRecomputeTheInterest() {
    // 1 200,50 € due 31/05/2025; 200,50 € paid 15/07/2025; as of 31/08/2025.
    //  1 Jun..30 Jun  30 d x 1200.50 x 13.15 % (2025-H1) / 365 = 12.975267
    //  1 Jul..15 Jul  15 d x 1200.50 x 12.15 % (2025-H2: 2.15 + 10) / 365 = 5.994277 (payment day still late)
    // 16 Jul..31 Aug  47 d x 1000.00 x 12.15 % / 365 = 15.645205
    // sum 34.614749 -> 34.61 €; outstanding 1 000,00 €; + 40 € = 1 074,61 €.
    Claim claim = calculator.compute(file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-2", "1200.50", d("2025-05-31"))),
        List.of(paid(d("2025-07-15"), "200.50", "EUR")), List.of()), d("2025-08-31"));
    InvoiceClaim f2 = claim.invoices().get(0);
    List<InterestPeriod> periods = f2.periods();
    assertEquals(3, periods.size());
    assertEquals(List.of(30L, 15L, 47L), periods.stream().map(InterestPeriod::days).toList());
    assertEquals(eur("1200.50"), periods.get(1).principal());
    assertEquals(eur("1000.00"), periods.get(2).principal());
    assertEquals(new BigDecimal("12.15"), periods.get(2).annualRate());
    assertEquals(new HalfYear(2025, 2), periods.get(2).halfYear());
    assertEquals(eur("34.61"), f2.penalties());
    assertEquals(eur("1000.00"), f2.outstanding());
    assertEquals(eur("1074.61"), claim.total());
  }

  @Test
  void leapYearStillDividesBy365AndTheFloorOfThreeTimesTheLegalRateApplies() {
    // 10 000,00 € due 31/01/2024, as of 01/03/2024: 1 Feb..29 Feb (leap) = 29 + 1 Mar = 30 days.
    // 2024-H1: ECB 4.50 + 10 = 14.50 % < 3 x 5.07 = 15.21 % -> the floor, 15.21 %.
    // 10000 x 15.21 % x 30 / 365 = 125.0137 -> 125.01 € (with /366 it would be 124.67; ECB+10 gives 119.18).
    Claim claim = calculator.compute(file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-3", "10000.00", d("2024-01-31"))), List.of(), List.of()), d("2024-03-01"));
    InvoiceClaim f3 = claim.invoices().get(0);
    assertEquals(30, f3.days());
    assertEquals(new BigDecimal("15.21"), f3.periods().get(0).annualRate());
    assertEquals(RateBasis.LEGAL_FLOOR, f3.periods().get(0).basis());
    assertEquals(eur("125.01"), f3.penalties());
  }

  @Test
  void withTheFloorOnContractRatesOnlyASilentContractGetsEcbPlusTen() {
    // Same invoice as above, relance.letters.legal-floor-on-default-rate = false:
    // 10000 x 14.50 % x 30 / 365 = 119.1781 -> 119.18 €.
    ClaimCalculator strict = new ClaimCalculator(rates(), false);
    InvoiceClaim f3 = strict.compute(file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-3", "10000.00", d("2024-01-31"))), List.of(), List.of()), d("2024-03-01"))
        .invoices().get(0);
    assertEquals(RateBasis.ECB_PLUS_TEN, f3.periods().get(0).basis());
    assertEquals(eur("119.18"), f3.penalties());
    // A contract rate below the floor is still lifted to it: 5 % -> 15.21 %, 125.01 €.
    InvoiceClaim contract = strict.compute(file(frenchBusiness(new BigDecimal("5")), company(Language.FR),
        List.of(LetterFixtures.eur("F-3", "10000.00", d("2024-01-31"))), List.of(), List.of()), d("2024-03-01"))
        .invoices().get(0);
    assertEquals(eur("125.01"), contract.penalties());
  }

  @Test
  void contractRateAppliesButNeverBelowTheFloor() {
    // 2 000,00 € due 31/03/2025, as of 30/04/2025: 30 days in 2025-H1 (floor 3 x 3.71 = 11.13 %).
    // Contract 15 %: 2000 x 15 % x 30 / 365 = 24.6575 -> 24.66 €.
    // Contract 5 % is below the floor: 2000 x 11.13 % x 30 / 365 = 18.2959 -> 18.30 €.
    var invoices = List.of(LetterFixtures.eur("F-4", "2000.00", d("2025-03-31")));
    InvoiceClaim high = calculator.compute(file(frenchBusiness(new BigDecimal("15")), company(Language.FR),
        invoices, List.of(), List.of()), d("2025-04-30")).invoices().get(0);
    assertEquals(RateBasis.CONTRACT_RATE, high.periods().get(0).basis());
    assertEquals(eur("24.66"), high.penalties());
    InvoiceClaim low = calculator.compute(file(frenchBusiness(new BigDecimal("5")), company(Language.FR),
        invoices, List.of(), List.of()), d("2025-04-30")).invoices().get(0);
    assertEquals(RateBasis.LEGAL_FLOOR, low.periods().get(0).basis());
    assertEquals(new BigDecimal("11.13"), low.periods().get(0).annualRate());
    assertEquals(eur("18.30"), low.penalties());
  }

  @Test
  void paymentsGoToTheOldestDueDateFirstAndALatePaidInvoiceStillOwesPenaltiesAndIndemnity() {
    // A 500 € due 31/01/2025, B 800 € due 28/02/2025; 700 € paid 10/03/2025 -> A 500 (paid off), B 200.
    // As of 31/03/2025, 13.15 %:
    // A: 1 Feb..10 Mar 38 d x 500 -> 6.8452 -> 6.85 €; outstanding 0; indemnity 40 € (paid late).
    // B: 1..10 Mar 10 d x 800 = 2.882191; 11..31 Mar 21 d x 600 = 4.539452; 7.421643 -> 7.42 €.
    // Totals: principal 600, penalties 14.27, indemnity 80, total 694.27 €.
    // C 300 € due 30/04/2025 is not late yet: nothing but its principal.
    Claim claim = calculator.compute(file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("C", "300.00", d("2025-04-30")), LetterFixtures.eur("B", "800.00", d("2025-02-28")),
            LetterFixtures.eur("A", "500.00", d("2025-01-31"))),
        List.of(paid(d("2025-03-10"), "700.00", "EUR")), List.of()), d("2025-03-31"));
    assertEquals(List.of("A", "B", "C"), claim.invoices().stream().map(c -> c.invoice().number()).toList());
    InvoiceClaim a = claim.invoices().get(0);
    InvoiceClaim b = claim.invoices().get(1);
    InvoiceClaim c = claim.invoices().get(2);
    assertEquals(eur("0.00"), a.outstanding());
    assertEquals(38, a.days());
    assertEquals(eur("6.85"), a.penalties());
    assertEquals(eur("40.00"), a.indemnity());
    assertEquals(eur("7.42"), b.penalties());
    assertEquals(eur("0.00"), c.penalties());
    assertEquals(eur("0.00"), c.indemnity());
    assertEquals(eur("900.00"), claim.principal());
    assertEquals(eur("14.27"), claim.penalties());
    assertEquals(eur("80.00"), claim.indemnity());
  }

  @Test
  void anInvoicePaidOnTimeOwesNothing() {
    Claim claim = calculator.compute(file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-5", "450.00", d("2025-01-31"))),
        List.of(paid(d("2025-01-31"), "450.00", "EUR")), List.of()), d("2025-06-30"));
    assertEquals(eur("0.00"), claim.total());
  }

  @Test
  void consumerOwesTheLegalRateFromTheFormalNoticeOnlyAndNoIndemnity() {
    // 1 500,00 € due 28/02/2025; mise en demeure 15/04/2025; as of 15/05/2025:
    // 16 Apr..15 May = 15 + 15 = 30 days at the legal rate "autres cas" 2025-H1, 3.71 %:
    // 1500 x 3.71 % x 30 / 365 = 4.5740 -> 4.57 €; no 40 €.
    var invoices = List.of(LetterFixtures.eur("P-1", "1500.00", d("2025-02-28")));
    Claim claim = calculator.compute(file(frenchBusiness(null), person(Language.FR), invoices, List.of(),
        List.of(sent(Stage.FIRST_LETTER, d("2025-03-15")), sent(Stage.FORMAL_NOTICE, d("2025-04-15")))),
        d("2025-05-15"));
    InvoiceClaim p1 = claim.invoices().get(0);
    assertEquals(d("2025-04-16"), p1.interestFrom());
    assertEquals(30, p1.days());
    assertEquals(RateBasis.LEGAL_RATE, p1.periods().get(0).basis());
    assertEquals(new BigDecimal("3.71"), p1.periods().get(0).annualRate());
    assertEquals(eur("4.57"), p1.penalties());
    assertEquals(eur("0.00"), claim.indemnity());
    assertEquals(eur("1504.57"), claim.total());
    // Before any mise en demeure, a consumer owes the principal only, however late.
    Claim before = calculator.compute(file(frenchBusiness(null), person(Language.FR), invoices, List.of(),
        List.of(sent(Stage.FIRST_LETTER, d("2025-03-15")))), d("2025-05-15"));
    assertEquals(eur("1500.00"), before.total());
    assertNull(before.invoices().get(0).interestFrom());
  }

  @Test
  void ukStatutoryInterestIsBankRatePlusEightAndFixedSumsGoByInvoiceSize() {
    // £5,000.00 due 30/06/2025, as of 30/07/2025: 30 days at BoE 4.25 (30 June 2025) + 8 = 12.25 %:
    // 5000 x 12.25 % x 30 / 365 = 50.3425 -> £50.34; fixed sum £70 (under £10,000).
    // Bands: £999.99 -> £40, £1,000.00 -> £70, £9,999.99 -> £70, £10,000.00 -> £100.
    var due = d("2025-06-30");
    var invoices = List.of(
        invoice("UK-1", "5000.00", "GBP", due.minusDays(30), due),
        invoice("UK-2", "999.99", "GBP", due.minusDays(30), due.plusDays(1)),
        invoice("UK-3", "1000.00", "GBP", due.minusDays(30), due.plusDays(2)),
        invoice("UK-4", "9999.99", "GBP", due.minusDays(30), due.plusDays(3)),
        invoice("UK-5", "10000.00", "GBP", due.minusDays(30), due.plusDays(4)));
    Claim claim = calculator.compute(file(ukBusiness(), ukCompany(), invoices, List.of(), List.of()), d("2025-07-30"));
    InvoiceClaim uk1 = claim.invoices().get(0);
    assertEquals(new BigDecimal("12.25"), uk1.periods().get(0).annualRate());
    assertEquals(RateBasis.BOE_PLUS_EIGHT, uk1.periods().get(0).basis());
    assertEquals(Money.of("50.34", "GBP"), uk1.penalties());
    assertEquals(List.of("70.00", "40.00", "70.00", "70.00", "100.00"),
        claim.invoices().stream().map(c -> c.indemnity().amount().toPlainString()).toList());
  }

  @Test
  void aHalfYearMissingFromTheTablesCarriesTheLastRateForwardAndMarksTheClaimProvisional() {
    // 1 000,00 € due 01/12/2026, as of 30/01/2027: 2..31 Dec = 30 d at 12.40 % (2026-H2), and
    // 1..30 Jan 2027 = 30 d at 12.40 % carried forward (2027-H1 not in the tables yet):
    // 1000 x 12.40 % x 60 / 365 = 20.3836 -> 20.38 €, provisional.
    Claim claim = calculator.compute(file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-6", "1000.00", d("2026-12-01"))), List.of(), List.of()), d("2027-01-30"));
    assertTrue(claim.provisional());
    assertTrue(claim.provisionalRates().contains(new ProvisionalRate(RateTables.ECB, new HalfYear(2027, 1),
        new HalfYear(2026, 2), null, "ECB press release 'Monetary policy decisions' of June 2026 "
        + "(2.40 % from 17 June 2026; the decision's date not confirmed)")), claim.provisionalRates()::toString);
    assertEquals(eur("20.38"), claim.invoices().get(0).penalties());
    assertEquals(2, claim.invoices().get(0).periods().size());
  }

  @Test
  void aClaimBeforeTheFirstKnownRateSaysWhichTableToExtend() {
    var error = assertThrows(IllegalArgumentException.class, () -> calculator.compute(file(frenchBusiness(null),
        company(Language.FR), List.of(LetterFixtures.eur("OLD", "100.00", d("2018-03-31"))), List.of(), List.of()),
        d("2018-05-01")));
    assertTrue(error.getMessage().contains("2018-H1") && error.getMessage().contains("relance.letters.added-rates"),
        error.getMessage());
  }
}
