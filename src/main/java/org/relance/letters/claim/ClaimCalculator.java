package org.relance.letters.claim;

import org.relance.business.Jurisdiction;
import org.relance.common.Money;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.Invoice;
import org.relance.letters.LetterCase;
import org.relance.letters.Payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the claim of a case as of a date (DOMAIN.md, "French law the letters must follow").
 *
 * <p>Per invoice: simple interest per day on the outstanding principal, daily rate = annual rate /
 * 365 in every year (leap years too), each half-year at its own rate, the principal reduced from
 * the day after each payment (payments go to the oldest due date first); the exact sum is rounded
 * half-up to the cent once per invoice. Interest runs from the day after the due date (B2B) or the
 * day after the mise en demeure (FR consumer). FR B2B: contract rate, else ECB + 10 points, never
 * below 3 x the legal rate "autres cas", plus 40 EUR per invoice paid late (D441-5). FR consumer:
 * the legal rate "autres cas" only, nothing else. UK B2B: BoE base rate + 8 points and £40 / £70 /
 * £100 per invoice. UK consumer: the 1998 Act does not apply, so nothing beyond the principal.
 * Pure: no clock, no I/O.
 */
public final class ClaimCalculator {

  private static final BigDecimal DAYS_IN_YEAR_TIMES_100 = new BigDecimal("36500");
  private static final BigDecimal ECB_MARGIN = new BigDecimal("10");
  private static final BigDecimal BOE_MARGIN = new BigDecimal("8");
  private static final BigDecimal FLOOR_MULTIPLE = new BigDecimal("3");
  private static final BigDecimal FR_INDEMNITY_EUR = new BigDecimal("40");

  private final RateTables rates;
  private final boolean floorOnDefaultRate;

  /** The calculator of DOMAIN.md: the 3 x legal rate floor holds for the contract rate and the default rate. */
  public ClaimCalculator(RateTables rates) {
    this(rates, true);
  }

  /**
   * {@code floorOnDefaultRate} false applies the floor to a contract rate only, as the letter of
   * L441-10 reads ("sauf disposition contraire qui ne peut toutefois fixer un taux inférieur à trois
   * fois le taux d'intérêt légal"), leaving ECB + 10 points as is when the contract is silent.
   */
  public ClaimCalculator(RateTables rates, boolean floorOnDefaultRate) {
    this.rates = rates;
    this.floorOnDefaultRate = floorOnDefaultRate;
  }

  /** The claim as of {@code asOf} (inclusive: that day's interest is counted). */
  public Claim compute(LetterCase file, LocalDate asOf) {
    Jurisdiction jurisdiction = file.business().jurisdiction();
    DebtorType type = file.debtor().type();
    Currency currency = file.currency();
    LocalDate notice = file.formalNoticeDate().filter(d -> !d.isAfter(asOf)).orElse(null);
    PaymentAllocation allocation = PaymentAllocation.allocate(file.invoices(), file.payments(), asOf);
    Set<ProvisionalRate> provisional = new LinkedHashSet<>();
    List<InvoiceClaim> claims = new ArrayList<>();
    for (Invoice invoice : PaymentAllocation.inPaymentOrder(file.invoices())) {
      claims.add(invoiceClaim(file, invoice, allocation, asOf, notice, provisional));
    }
    return new Claim(asOf, jurisdiction, type, currency, claims, new ArrayList<>(provisional),
        allocation.unallocated(), notice);
  }

  private InvoiceClaim invoiceClaim(LetterCase file, Invoice invoice, PaymentAllocation allocation, LocalDate asOf,
      LocalDate notice, Set<ProvisionalRate> provisional) {
    Currency currency = invoice.amount().currency();
    List<Payment> applied = allocation.byInvoice().get(invoice.number());
    BigDecimal paid = allocation.paidOnOrBefore(invoice.number(), asOf);
    BigDecimal outstanding = invoice.amount().amount().subtract(paid);
    boolean late = asOf.isAfter(invoice.dueDate())
        && invoice.amount().amount().compareTo(allocation.paidOnOrBefore(invoice.number(), invoice.dueDate())) > 0;
    Money zero = Money.zero(currency);
    LocalDate lastFreeDay = lastDayWithoutInterest(file, invoice, notice);
    if (!late || lastFreeDay == null || !asOf.isAfter(lastFreeDay)) {
      return new InvoiceClaim(invoice, new Money(paid, currency), new Money(outstanding, currency), null, 0,
          List.of(), zero, late ? indemnity(file, invoice) : zero);
    }
    List<InterestPeriod> periods = new ArrayList<>();
    BigDecimal exact = BigDecimal.ZERO;
    LocalDate cursor = lastFreeDay.plusDays(1);
    while (!cursor.isAfter(asOf)) {
      BigDecimal balance = invoice.amount().amount().subtract(
          allocation.paidOnOrBefore(invoice.number(), cursor.minusDays(1)));
      if (balance.signum() <= 0) {
        break;
      }
      HalfYear half = HalfYear.of(cursor);
      LocalDate end = min(half.lastDay(), asOf);
      for (Payment p : applied) {
        if (!p.receivedOn().isBefore(cursor)) {
          end = min(end, p.receivedOn());
          break;
        }
      }
      long days = ChronoUnit.DAYS.between(cursor, end) + 1;
      AppliedRate rate = rateFor(file, half, provisional);
      BigDecimal interest = balance.multiply(rate.annual()).multiply(BigDecimal.valueOf(days))
          .divide(DAYS_IN_YEAR_TIMES_100, 12, RoundingMode.HALF_UP);
      exact = exact.add(interest);
      periods.add(new InterestPeriod(cursor, end, days, new Money(balance, currency), half, rate.annual(),
          rate.basis(), rate.reference(), new Money(interest, currency)));
      cursor = end.plusDays(1);
    }
    long days = periods.stream().mapToLong(InterestPeriod::days).sum();
    return new InvoiceClaim(invoice, new Money(paid, currency), new Money(outstanding, currency),
        lastFreeDay.plusDays(1), days, periods, new Money(exact.setScale(2, RoundingMode.HALF_UP), currency),
        indemnity(file, invoice));
  }

  /** The last day before interest runs, or null when none runs for this debtor. */
  private static LocalDate lastDayWithoutInterest(LetterCase file, Invoice invoice, LocalDate notice) {
    if (file.debtor().type() == DebtorType.BUSINESS) {
      return invoice.dueDate();
    }
    if (file.business().jurisdiction() == Jurisdiction.UK || notice == null) {
      return null;
    }
    return max(invoice.dueDate(), notice);
  }

  /** A rate for one half-year, and where it comes from. */
  private record AppliedRate(BigDecimal annual, RateBasis basis, BigDecimal reference) {}

  private AppliedRate rateFor(LetterCase file, HalfYear half, Set<ProvisionalRate> provisional) {
    if (file.business().jurisdiction() == Jurisdiction.UK) {
      BigDecimal boe = published(rates.boeBase(), half, provisional);
      return new AppliedRate(boe.add(BOE_MARGIN), RateBasis.BOE_PLUS_EIGHT, boe);
    }
    BigDecimal legal = published(rates.frenchLegalProfessional(), half, provisional);
    if (file.debtor().type() == DebtorType.CONSUMER) {
      return new AppliedRate(legal, RateBasis.LEGAL_RATE, legal);
    }
    BigDecimal contract = file.business().contractPenaltyRate();
    AppliedRate chosen;
    if (contract != null) {
      chosen = new AppliedRate(contract, RateBasis.CONTRACT_RATE, contract);
    } else {
      BigDecimal ecb = published(rates.ecbMainRefinancing(), half, provisional);
      chosen = new AppliedRate(ecb.add(ECB_MARGIN), RateBasis.ECB_PLUS_TEN, ecb);
    }
    BigDecimal floor = legal.multiply(FLOOR_MULTIPLE);
    boolean floored = (contract != null || floorOnDefaultRate) && floor.compareTo(chosen.annual()) > 0;
    return floored ? new AppliedRate(floor, RateBasis.LEGAL_FLOOR, legal) : chosen;
  }

  private static BigDecimal published(RateTable table, HalfYear half, Set<ProvisionalRate> provisional) {
    RateTable.Lookup lookup = table.lookup(half);
    if (lookup.carriedForward()) {
      provisional.add(new ProvisionalRate(table.name(), half, lookup.publishedFor(), lookup.row().published(),
          lookup.row().source()));
    }
    return lookup.percent();
  }

  /** The fixed recovery indemnity (FR B2B) or fixed compensation (UK B2B) of one late invoice. */
  private static Money indemnity(LetterCase file, Invoice invoice) {
    Currency currency = invoice.amount().currency();
    if (file.debtor().type() == DebtorType.CONSUMER) {
      return Money.zero(currency);
    }
    if (file.business().jurisdiction() == Jurisdiction.FR) {
      requireCurrency(invoice, "EUR", "the 40 EUR recovery indemnity (Code de commerce D441-5)");
      return new Money(FR_INDEMNITY_EUR, currency);
    }
    requireCurrency(invoice, "GBP", "the fixed sums of the Late Payment of Commercial Debts (Interest) Act 1998");
    BigDecimal amount = invoice.amount().amount();
    String sum = amount.compareTo(new BigDecimal("1000")) < 0 ? "40"
        : amount.compareTo(new BigDecimal("10000")) < 0 ? "70" : "100";
    return new Money(new BigDecimal(sum), currency);
  }

  private static void requireCurrency(Invoice invoice, String code, String rule) {
    if (!invoice.amount().currency().getCurrencyCode().equals(code)) {
      throw new IllegalArgumentException("Invoice " + invoice.number() + " is in "
          + invoice.amount().currency().getCurrencyCode() + " but " + rule + " is set in " + code);
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
