package org.relance.debtorcase;

import org.apache.pekko.actor.typed.ActorRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.debtorcase.CaseEvent.*;
import org.relance.ladder.Stage;
import org.relance.nlu.DelayReason;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.debtorcase.CaseFixtures.*;

/** The owner's corrections and strike-outs of what the bot captured, on the real entity (serialization checked). */
class CaseCorrectionsTest extends CaseEntityTest {

  @BeforeEach
  void overdueCase() {
    kit.<CaseReply>runCommand(r -> new Open(terms(), debtor(), oneInvoiceDue(LocalDate.of(2026, 11, 1)), List.of(),
        null, r));
  }

  private CaseReply.Rejected refused(Function<ActorRef<CaseReply>, CaseCommand> command) {
    var result = kit.<CaseReply>runCommand(command::apply);
    assertTrue(result.events().isEmpty(), "a refusal writes nothing");
    assertInstanceOf(CaseReply.Rejected.class, result.reply());
    return (CaseReply.Rejected) result.reply();
  }

  @Test
  void aPromiseStruckOutResumesTheLadderWithoutCountingAsBroken() {
    CaseView promised = run(r -> new RecordPromise(LocalDate.of(2026, 12, 4), null, null, "je paie le 4", null, r));
    assertNull(promised.nextStep(), "the promise holds the ladder");
    CaseView withdrawn = run(r -> new WithdrawPromise("tg:1", r));
    assertNull(withdrawn.promise());
    assertEquals(CaseFile.Status.OPEN, withdrawn.status());
    assertEquals(Stage.FIRST_LETTER, withdrawn.nextStep().stage(), "the ladder resumes where it was");
    CaseFile recovered = (CaseFile) kit.restart().state();
    assertNull(recovered.promise(), "recovery replays the strike-out");
    assertEquals(0, recovered.counts().promisesBroken(), "struck out is not broken");
    assertEquals("there is no promise to strike out", refused(r -> new WithdrawPromise("tg:2", r)).message());
  }

  @Test
  void aPlanCorrectedByTheOwnerIsAgreedAndKeepsTheDebtorsWords() {
    List<Installment> six = List.of(new Installment(LocalDate.of(2026, 12, 5), eur("200"), false),
        new Installment(LocalDate.of(2027, 1, 5), eur("200"), false),
        new Installment(LocalDate.of(2027, 2, 5), eur("200"), false),
        new Installment(LocalDate.of(2027, 3, 5), eur("200"), false),
        new Installment(LocalDate.of(2027, 4, 5), eur("200"), false),
        new Installment(LocalDate.of(2027, 5, 5), eur("200.50"), false));
    CaseView proposed = run(r -> new ProposePlan(six, "en 6 fois svp", null, r));
    assertNotNull(proposed.planProposal());
    List<Installment> three = List.of(new Installment(LocalDate.of(2026, 12, 5), eur("400"), false),
        new Installment(LocalDate.of(2027, 1, 5), eur("400"), false),
        new Installment(LocalDate.of(2027, 2, 5), eur("400.50"), false));
    CaseView corrected = run(r -> new CorrectPlan(three, "tg:1", r));
    assertNull(corrected.planProposal());
    assertEquals(3, corrected.plan().installments().size());
    assertTrue(corrected.plan().agreed());
    assertEquals("en 6 fois svp", corrected.plan().words());
    assertTrue(corrected.tasks().stream().noneMatch(t -> t.kind() == OwnerTask.Kind.DECIDE_PLAN),
        "the owner's decision is made");

    assertEquals(CaseReply.Refusal.INVALID, refused(r -> new CorrectPlan(List.of(
        new Installment(LocalDate.of(2026, 12, 5), eur("1300"), false)), "tg:2", r)).refusal(),
        "more than the balance");
    assertEquals(CaseReply.Refusal.INVALID, refused(r -> new CorrectPlan(List.of(
        new Installment(LocalDate.of(2026, 11, 1), eur("100"), false)), "tg:3", r)).refusal(),
        "a day already gone");
  }

  @Test
  void aPlanStruckOutResumesTheLadderWithoutCountingAsMissed() {
    run(r -> new ProposePlan(List.of(new Installment(LocalDate.of(2026, 12, 5), eur("600.50"), false),
        new Installment(LocalDate.of(2027, 1, 5), eur("600"), false)), "deux fois", null, r));
    CaseView agreed = run(r -> new CaseCommand.Get(r));
    assertNotNull(agreed.plan(), "within the policy: agreed by the bot");
    CaseView withdrawn = run(r -> new WithdrawPlan("tg:1", r));
    assertNull(withdrawn.plan());
    assertEquals(CaseFile.Status.OPEN, withdrawn.status());
    assertNotNull(withdrawn.nextStep());
    assertEquals(0, ((CaseFile) kit.getState()).counts().plansMissed(), "struck out is not missed");
    assertEquals("there is no plan to strike out", refused(r -> new WithdrawPlan("tg:2", r)).message());
    assertEquals("there is no plan to correct", refused(r -> new CorrectPlan(List.of(
        new Installment(LocalDate.of(2026, 12, 5), eur("100"), false)), "tg:3", r)).message());
  }

  @Test
  void aReasonIsCorrectedWithTheDebtorsWordsKeptOrStruckOut() {
    assertEquals("there is no reason for delay to correct",
        refused(r -> new CorrectDelayReason(DelayReason.CASH_FLOW, "tg:0", r)).message());
    run(r -> new RecordDelayReason(DelayReason.FORGOT, "on attend le paiement de notre client", null, r));
    CaseView corrected = run(r -> new CorrectDelayReason(DelayReason.WAITING_ON_CUSTOMER, "tg:1", r));
    assertEquals(List.of(DelayReason.WAITING_ON_CUSTOMER),
        corrected.delayReasons().stream().map(ReasonRecord::reason).toList());
    assertEquals("on attend le paiement de notre client", corrected.delayReasons().get(0).words());
    CaseView withdrawn = run(r -> new WithdrawDelayReason("tg:2", r));
    assertTrue(withdrawn.delayReasons().isEmpty());
    assertEquals(CaseReply.Refusal.CONFLICT, refused(r -> new WithdrawDelayReason("tg:3", r)).refusal());
  }

  @Test
  void aClaimedPaymentIsCorrectedButNotIntoTheFuture() {
    assertEquals("there is no claimed payment to correct", refused(r -> new CorrectClaimedPayment(
        LocalDate.of(2026, 11, 20), null, "tg:0", r)).message());
    run(r -> new ClaimPayment(LocalDate.of(2026, 11, 20), PaymentMethod.TRANSFER, "payé vendredi", null, r));
    CaseView corrected = run(r -> new CorrectClaimedPayment(LocalDate.of(2026, 11, 18), PaymentMethod.CHEQUE, "tg:1", r));
    assertEquals(LocalDate.of(2026, 11, 18), corrected.claimedPayment().date());
    assertEquals(PaymentMethod.CHEQUE, corrected.claimedPayment().method());
    assertEquals("payé vendredi", corrected.claimedPayment().words());
    assertEquals(CaseReply.Refusal.INVALID, refused(r -> new CorrectClaimedPayment(LocalDate.of(2026, 11, 30), null,
        "tg:2", r)).refusal());
    var again = kit.<CaseReply>runCommand(r -> new CorrectClaimedPayment(LocalDate.of(2026, 11, 10), null, "tg:1", r));
    assertTrue(again.events().isEmpty(), "a redelivered press changes nothing");
  }
}
