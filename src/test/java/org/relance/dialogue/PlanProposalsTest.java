package org.relance.dialogue;

import org.junit.jupiter.api.Test;
import org.relance.business.PlanPolicy;
import org.relance.dialogue.PendingQuestion.Part;
import org.relance.nlu.facts.Facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The plans the bot offers under a business's policy. */
class PlanProposalsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final PlanProposals proposals = new PlanProposals(7);

  private static Facts asked(Integer installments, List<LocalDate> dates, List<BigDecimal> amounts) {
    return new Facts(dates, amounts, installments, null);
  }

  @Test
  void theDebtorsOwnCountIsTakenWhenItFitsThePolicy() {
    var offer = proposals.offer(new BigDecimal("1200.50"), 2, PlanPolicy.defaults(), asked(3, List.of(), List.of()),
        TODAY);
    assertTrue(offer.ownFits());
    assertEquals(List.of(new Part(LocalDate.of(2026, 11, 30), new BigDecimal("400.17")),
        new Part(LocalDate.of(2026, 12, 30), new BigDecimal("400.16")),
        new Part(LocalDate.of(2027, 1, 30), new BigDecimal("400.17"))), offer.proposal().orElseThrow());
  }

  @Test
  void tooManyPaymentsGetThePolicysPlanAndKeepTheDebtorsOwnForTheOwner() {
    var offer = proposals.offer(new BigDecimal("600"), 2, PlanPolicy.defaults(), asked(6, List.of(), List.of()), TODAY);
    assertFalse(offer.ownFits());
    assertEquals(3, offer.proposal().orElseThrow().size());
    assertEquals(6, offer.own().orElseThrow().size());
    assertEquals(new BigDecimal("600"), offer.own().get().stream().map(Part::amount).reduce(BigDecimal.ZERO,
        BigDecimal::add).stripTrailingZeros().setScale(0));
  }

  @Test
  void theFirstPaymentIsLargeEnoughForThePolicy() {
    var policy = new PlanPolicy(4, 4, new BigDecimal("50"));
    var plan = proposals.offer(new BigDecimal("1000"), 2, policy, asked(null, List.of(), List.of()), TODAY)
        .proposal().orElseThrow();
    assertEquals(new BigDecimal("500.00"), plan.get(0).amount());
    assertEquals(new BigDecimal("1000.00"), plan.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    assertTrue(PlanProposals.fits(plan, new BigDecimal("1000"), policy, TODAY));
  }

  @Test
  void datedAmountsAreTheDebtorsScheduleAndAPolicyOfOnePaymentOffersNothing() {
    var dates = List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));
    var offer = proposals.offer(new BigDecimal("500"), 2, PlanPolicy.defaults(),
        asked(null, dates, List.of(new BigDecimal("250"), new BigDecimal("250"))), TODAY);
    assertTrue(offer.ownFits());
    assertEquals(dates.get(1), offer.proposal().orElseThrow().get(1).date());
    var askMe = new PlanPolicy(1, 1, new BigDecimal("100"));
    assertTrue(proposals.offer(new BigDecimal("500"), 2, askMe, asked(2, List.of(), List.of()), TODAY)
        .proposal().isEmpty());
  }

  @Test
  void aWrittenScheduleBeyondThePolicyIsCounteredFromItsFirstDateAndKeptAsWrittenForTheOwner() {
    var dates = List.of(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 3, 5));
    var amounts = List.of(new BigDecimal("300"), new BigDecimal("300"), new BigDecimal("400"));
    var offer = proposals.offer(new BigDecimal("1000"), 2, PlanPolicy.defaults(), asked(null, dates, amounts), TODAY);
    assertFalse(offer.ownFits());
    assertEquals(List.of(new Part(LocalDate.of(2027, 1, 5), new BigDecimal("500.00")),
        new Part(LocalDate.of(2027, 2, 5), new BigDecimal("500.00"))), offer.proposal().orElseThrow());
    assertEquals(new BigDecimal("400.00"), offer.own().orElseThrow().get(2).amount());
    assertTrue(PlanProposals.isSchedule(asked(null, dates, amounts)));
  }

  @Test
  void aWrittenScheduleShortOfTheBalanceIsKeptForTheOwnerButNeverAgreedAndOneOverItIsNotKept() {
    var dates = List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2027, 1, 5));
    var short_ = proposals.offer(new BigDecimal("1000"), 2, PlanPolicy.defaults(),
        asked(null, dates, List.of(new BigDecimal("300"), new BigDecimal("300"))), TODAY);
    assertFalse(short_.ownFits());
    assertEquals(2, short_.own().orElseThrow().size());
    assertEquals(2, short_.proposal().orElseThrow().size());
    var over = proposals.offer(new BigDecimal("500"), 2, PlanPolicy.defaults(),
        asked(null, dates, List.of(new BigDecimal("300"), new BigDecimal("300"))), TODAY);
    assertTrue(over.own().isEmpty());
  }

  @Test
  void thePolicysOneRuleCountsPaymentsMonthsTheFirstShareAndTheTotal() {
    var policy = PlanPolicy.defaults();
    var balance = new BigDecimal("1000");
    var within = List.of(new PlanPolicy.Payment(LocalDate.of(2026, 12, 1), new BigDecimal("300")),
        new PlanPolicy.Payment(LocalDate.of(2027, 2, 23), new BigDecimal("700")));
    assertTrue(policy.allows(within, balance, TODAY));
    assertFalse(policy.allows(List.of(within.get(0), new PlanPolicy.Payment(LocalDate.of(2027, 2, 24),
        new BigDecimal("700"))), balance, TODAY), "the last payment more than 3 months away");
    assertFalse(policy.allows(List.of(new PlanPolicy.Payment(LocalDate.of(2026, 12, 1), new BigDecimal("299.99")),
        new PlanPolicy.Payment(LocalDate.of(2027, 1, 1), new BigDecimal("700.01"))), balance, TODAY),
        "a first payment under 30 %");
    assertFalse(policy.allows(List.of(within.get(0)), balance, TODAY), "short of the balance");
  }
}
