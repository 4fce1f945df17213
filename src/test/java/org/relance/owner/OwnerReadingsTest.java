package org.relance.owner;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the owner types about money, days and schedules, read with the debtor side's fact extractors. */
class OwnerReadingsTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final BigDecimal OWED = new BigDecimal("1200.50");

  @Test
  void anAmountUpToTheBalance() {
    assertEquals("300", OwnerReadings.amountUpTo("300", OWED).value());
    assertEquals("300.5", OwnerReadings.amountUpTo("300,5 €", OWED).value());
    assertEquals("300", OwnerReadings.amountUpTo("300 euros", OWED).value());
    assertEquals("1200.50", OwnerReadings.amountUpTo("1 200,50", OWED).value());
    assertEquals("owner.problem.more_than_balance", OwnerReadings.amountUpTo("1500", OWED).problemId());
    assertEquals("owner.problem.amount", OwnerReadings.amountUpTo("une partie", OWED).problemId());
    assertEquals("owner.problem.amount", OwnerReadings.amountUpTo("300 ou 400 €", OWED).problemId());
  }

  @Test
  void theDayAPaymentArrivedIsNeverAhead() {
    assertEquals("2026-11-22", OwnerReadings.dayPaid("hier", MONDAY).value());
    assertEquals("2026-11-16", OwnerReadings.dayPaid("lundi dernier", MONDAY).value());
    assertEquals("2026-11-18", OwnerReadings.dayPaid("18/11/2026", MONDAY).value());
    assertEquals("owner.problem.future_payment", OwnerReadings.dayPaid("30/11/2026", MONDAY).problemId());
    assertEquals("owner.problem.date", OwnerReadings.dayPaid("je ne sais plus", MONDAY).problemId());
  }

  @Test
  void aScheduleFromACountAnAmountAndAFirstDay() {
    assertEquals("2026-12-05=400;2027-01-05=400;2027-02-05=400",
        OwnerReadings.schedule("3 x 400 € le 5 de chaque mois", MONDAY, OWED).value());
    assertEquals("2026-12-05=400;2027-01-05=400;2027-02-05=400",
        OwnerReadings.schedule("3 payments of 400 from 5 December", MONDAY, OWED).value());
  }

  @Test
  void aCountAloneSharesTheBalanceToTheCent() {
    assertEquals("2026-12-10=400.16;2027-01-10=400.16;2027-02-10=400.18",
        OwnerReadings.schedule("en 3 fois à partir du 10/12/2026", MONDAY, OWED).value());
  }

  @Test
  void asManyAmountsAsDays() {
    assertEquals("2026-12-05=400;2027-01-05=400;2027-02-05=400.5",
        OwnerReadings.schedule("400 € le 5/12, 400 € le 5/1, 400,50 € le 5/2", MONDAY, OWED).value());
  }

  @Test
  void anUnreadableOrImpossibleScheduleIsReAsked() {
    assertEquals("owner.problem.plan", OwnerReadings.schedule("comme il veut", MONDAY, OWED).problemId());
    assertEquals("owner.problem.plan_total", OwnerReadings.schedule("3 x 500 € à partir du 05/12/2026", MONDAY, OWED)
        .problemId());
    assertEquals("owner.problem.plan_past", OwnerReadings.schedule("3 x 400 € à partir du 05/11/2026", MONDAY, OWED)
        .problemId());
  }
}
