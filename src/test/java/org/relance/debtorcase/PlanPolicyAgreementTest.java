package org.relance.debtorcase;

import org.junit.jupiter.api.Test;
import org.relance.business.PlanPolicy;
import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand.Open;
import org.relance.debtorcase.CaseCommand.ProposePlan;
import org.relance.dialogue.PendingQuestion.Part;
import org.relance.dialogue.PlanProposals;
import org.relance.nlu.facts.Facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.debtorcase.CaseFixtures.*;

/**
 * The plan policy is one rule ({@link PlanPolicy#allows}): what the debtor's dialogue offers as
 * within the policy ({@link PlanProposals}) the case agrees alone, and what it refuses the case sends
 * to the owner, on amounts where rounding a share of the balance could go either way.
 */
class PlanPolicyAgreementTest extends CaseEntityTest {

  private static final LocalDate DUE = LocalDate.of(2026, 11, 1);

  private CaseView openWithBalance(String balance) {
    return view(kit.<CaseReply>runCommand(r -> new Open(terms(), debtor(),
        List.of(invoice("A1", balance, DUE.minusDays(30), DUE)), List.of(), null, r)).reply());
  }

  private CaseView propose(List<Part> parts) {
    return run(r -> new ProposePlan(parts.stream().map(p -> new Installment(p.date(),
        new Money(p.amount(), Currency.getInstance("EUR")), false)).toList(), "en 3 fois", null, r));
  }

  private LocalDate today() {
    return clock.instant().atZone(PARIS).toLocalDate();
  }

  @Test
  void aHundredEurosInThreePaymentsOfferedByTheDialogueIsAgreedByTheCase() {
    CaseView open = openWithBalance("100.00");
    var offer = new PlanProposals(7).offer(open.balance(), 2, PlanPolicy.defaults(),
        new Facts(List.of(), List.of(), 3, null), today());
    List<Part> plan = offer.proposal().orElseThrow();
    assertEquals(List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")),
        plan.stream().map(Part::amount).toList());
    assertTrue(offer.ownFits(), "the dialogue offers it as within the policy");
    assertTrue(propose(plan).plan().agreed(), "and the case agrees it alone");
  }

  @Test
  void aFirstPaymentRoundedBelowTheShareIsNeitherOfferedNorAgreed() {
    CaseView open = openWithBalance("100.01");
    LocalDate today = today();
    List<Part> short30 = List.of(new Part(today.plusDays(7), new BigDecimal("30.00")),
        new Part(today.plusDays(37), new BigDecimal("35.00")), new Part(today.plusDays(67), new BigDecimal("35.01")));
    assertFalse(PlanPolicy.defaults().allows(short30.stream().map(p -> new PlanPolicy.Payment(p.date(), p.amount()))
        .toList(), open.balance(), today), "30.00 is less than 30 % of 100.01 (30.003)");
    var offer = new PlanProposals(7).offer(open.balance(), 2, PlanPolicy.defaults(),
        new Facts(short30.stream().map(Part::date).toList(), short30.stream().map(Part::amount).toList(), null, null),
        today);
    assertFalse(offer.ownFits(), "the dialogue does not offer the debtor's own schedule as within the policy");
    assertEquals(new BigDecimal("30.01"), PlanPolicy.defaults().minimumFirst(open.balance(), 2));
    CaseView proposed = propose(short30);
    assertNull(proposed.plan(), "the case does not agree it alone either");
    assertNotNull(proposed.planProposal(), "it waits for the owner");
  }
}
