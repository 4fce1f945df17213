package org.relance.debtorcase;

import org.junit.jupiter.api.Test;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.debtorcase.CaseEvent.*;
import org.relance.ladder.Stage;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.debtorcase.CaseFixtures.*;

class DebtorCaseTest extends CaseEntityTest {

  private CaseView open(List<Invoice> invoices, List<PriorReminder> prior) {
    var result = kit.<CaseReply>runCommand(r -> new Open(terms(), debtor(), invoices, prior, null, r));
    return ((CaseReply.Accepted) result.reply()).view();
  }

  private CaseView wakeAt(LocalDate parisDay) {
    clock.advanceTo(parisMidnight(parisDay));
    return view(kit.<CaseReply>runCommand(Wake::new).reply());
  }

  @Test
  void climbsTheDefaultLadderOnTheDaysOfTheDomain() {
    CaseView opened = open(oneInvoiceDue(LocalDate.of(2026, 12, 10)), List.of());
    assertEquals(Stage.NOT_DUE, opened.stage());
    assertEquals(new CaseView.NextStepView(Stage.PRE_DUE, parisMidnight(LocalDate.of(2026, 12, 3))), opened.nextStep());

    assertEquals(Stage.NOT_DUE, wakeAt(LocalDate.of(2026, 12, 2)).stage());
    assertEquals(Stage.PRE_DUE, wakeAt(LocalDate.of(2026, 12, 3)).stage());
    assertEquals(Stage.DUE, wakeAt(LocalDate.of(2026, 12, 10)).stage());
    CaseView friendly = wakeAt(LocalDate.of(2026, 12, 11));
    assertEquals(Stage.FRIENDLY, friendly.stage());
    assertEquals(OwnerTask.Kind.CALL_DEBTOR, friendly.tasks().get(0).kind());
    assertEquals(Stage.FRIENDLY, wakeAt(LocalDate.of(2026, 12, 24)).stage());
    assertEquals(Stage.FIRST_LETTER, wakeAt(LocalDate.of(2026, 12, 25)).stage());
    assertEquals(Stage.WARNING_LETTER, wakeAt(LocalDate.of(2027, 1, 9)).stage());
    assertEquals(Stage.FORMAL_NOTICE, wakeAt(LocalDate.of(2027, 1, 24)).stage());
    CaseView handover = wakeAt(LocalDate.of(2027, 2, 8));
    assertEquals(Stage.HANDOVER, handover.stage());
    assertNull(handover.nextStep(), "nothing after handover");
    assertEquals(60, handover.overdueDays());
  }

  @Test
  void aCaseRegisteredFiftyDaysOverdueStartsAtFriendlyAndClimbsOneGapAtATime() {
    CaseView opened = open(oneInvoiceDue(LocalDate.of(2026, 10, 4)), List.of());
    assertEquals(Stage.FRIENDLY, opened.stage());
    assertEquals(50, opened.overdueDays());
    assertEquals(new CaseView.NextStepView(Stage.FIRST_LETTER, parisMidnight(LocalDate.of(2026, 11, 30))),
        opened.nextStep());
    assertEquals(Stage.FIRST_LETTER, wakeAt(LocalDate.of(2026, 11, 30)).stage());
    assertEquals(Stage.FIRST_LETTER, wakeAt(LocalDate.of(2026, 12, 6)).stage());
    assertEquals(Stage.WARNING_LETTER, wakeAt(LocalDate.of(2026, 12, 7)).stage());
  }

  @Test
  void priorRemindersPlaceTheCaseAfterThem() {
    CaseView opened = open(oneInvoiceDue(LocalDate.of(2026, 10, 4)),
        List.of(new PriorReminder(Stage.FRIENDLY, LocalDate.of(2026, 10, 6)),
            new PriorReminder(Stage.FIRST_LETTER, LocalDate.of(2026, 11, 20))));
    assertEquals(Stage.FIRST_LETTER, opened.stage());
    assertEquals(new CaseView.NextStepView(Stage.WARNING_LETTER, parisMidnight(LocalDate.of(2026, 11, 27))),
        opened.nextStep());
  }

  @Test
  void aWakeAfterDowntimeDoesTheMissedStepOnceAndKeepsTheGapForTheNext() {
    open(oneInvoiceDue(LocalDate.of(2026, 12, 10)), List.of());
    CaseView back = wakeAt(LocalDate.of(2026, 12, 20));
    assertEquals(Stage.DUE, back.stage(), "the missed pre-due reminder is sent late, then the due date passes");
    assertEquals(1, back.steps().stream().filter(s -> s.stage() == Stage.PRE_DUE).count());
    assertEquals(LocalDate.of(2026, 12, 27), back.nextStep().dueAt().atZone(PARIS).toLocalDate());
    var again = kit.<CaseReply>runCommand(Wake::new);
    assertTrue(again.events().isEmpty(), "a second wake at the same time does nothing");
  }

  @Test
  void anUnkeptPromiseAsksTheOwnerThenBreaksOnSilenceAndTheLadderResumes() {
    open(oneInvoiceDue(LocalDate.of(2026, 11, 1)), List.of());
    CaseView promised = run(r -> new RecordPromise(LocalDate.of(2026, 11, 27), eur("1200.50"), PaymentMethod.TRANSFER,
        "je vous fais un virement vendredi", null, r));
    assertEquals(CaseFile.Status.PAUSED, promised.status());
    assertNull(promised.nextStep());
    assertEquals("je vous fais un virement vendredi", promised.promise().words());
    assertEquals(parisMidnight(LocalDate.of(2026, 11, 29)), promised.nextWakeAt(), "date + 2 days of grace");

    CaseView asked = wakeAt(LocalDate.of(2026, 11, 29));
    assertEquals(OwnerTask.Kind.ASK_PROMISE_PAID, asked.tasks().get(asked.tasks().size() - 1).kind());
    assertNotNull(asked.promise().followUpAskedAt());

    CaseView broken = wakeAt(LocalDate.of(2026, 12, 2));
    assertNull(broken.promise());
    assertEquals(CaseFile.Status.OPEN, broken.status());
    assertEquals(Stage.FIRST_LETTER, broken.stage(), "the ladder resumed at once: first letter was overdue");
    assertEquals(DebtorProfile.Kind.STRATEGIC_DELAYER, broken.profile().kind());
  }

  @Test
  void theOwnerCanConfirmAPromiseBrokenAndAPaymentKeepsAPromise() {
    open(oneInvoiceDue(LocalDate.of(2026, 11, 30)), List.of());
    run(r -> new RecordPromise(LocalDate.of(2026, 12, 5), eur("200"), null, "200 le 5", null, r));
    CaseView kept = run(r -> new RecordPayment(eur("200"), LocalDate.of(2026, 11, 23), PaymentMethod.CARD, null, r));
    assertNull(kept.promise());
    assertEquals(new java.math.BigDecimal("1000.50"), kept.balance());
    assertEquals(CaseFile.Status.OPEN, kept.status(), "kept with a balance left: the ladder continues");

    run(r -> new RecordPromise(LocalDate.of(2026, 12, 5), null, null, "le reste le 5", null, r));
    CaseView broken = run(r -> new ConfirmPromiseBroken(null, r));
    assertNull(broken.promise());
    assertEquals(1, kit.getState() instanceof CaseFile f ? f.counts().promisesBroken() : -1);
  }

  @Test
  void aMissedInstalmentEndsThePlanAfterTheOwnerWasAskedAndResumesTheLadderAfterTheNotice() {
    open(List.of(invoice("A1", "600", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1))), List.of());
    CaseView agreed = run(r -> new ProposePlan(List.of(
        new Installment(LocalDate.of(2026, 12, 1), eur("300"), false),
        new Installment(LocalDate.of(2027, 1, 1), eur("300"), false)), "en 2 fois svp", null, r));
    assertTrue(agreed.plan().agreed(), "within the default policy: agreed without the owner");
    CaseView firstPaid = run(r -> new RecordPayment(eur("300"), LocalDate.of(2026, 11, 23), PaymentMethod.TRANSFER, null, r));
    assertTrue(firstPaid.plan().installments().get(0).paid());
    CaseView asked = wakeAt(LocalDate.of(2027, 1, 2));
    assertTrue(asked.tasks().stream().anyMatch(t -> t.kind() == OwnerTask.Kind.ASK_INSTALLMENT_PAID),
        "did they pay? the day after");
    assertNotNull(asked.plan());
    CaseView missed = wakeAt(LocalDate.of(2027, 1, 6));
    assertNull(missed.plan(), "the owner stayed silent three days");
    assertTrue(missed.tasks().stream().noneMatch(t -> t.kind() == OwnerTask.Kind.ASK_INSTALLMENT_PAID));
    assertEquals(List.of(CaseFile.Hold.MISSED_INSTALLMENT_NOTICE), missed.holds(), "told first, no silent restart");
    assertEquals(LocalDate.of(2027, 1, 9), missed.ladderResumesOn(), "three days after the wake that found it missed");
    assertEquals(CaseFile.Status.PAUSED, wakeAt(LocalDate.of(2027, 1, 8)).status());
    assertEquals(CaseFile.Status.OPEN, wakeAt(LocalDate.of(2027, 1, 9)).status());
  }

  @Test
  void aPlanBeyondPolicyWaitsForTheOwnersYes() {
    open(oneInvoiceDue(LocalDate.of(2026, 11, 1)), List.of());
    List<Installment> six = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(new Installment(LocalDate.of(2026, 12, 1).plusMonths(i), eur(i == 5 ? "200.50" : "200"), false));
    }
    CaseView proposed = run(r -> new ProposePlan(six, null, null, r));
    assertNull(proposed.plan());
    assertNotNull(proposed.planProposal());
    assertTrue(proposed.holds().contains(CaseFile.Hold.PLAN_PROPOSAL));
    CaseView approved = run(r -> new ApprovePlan(null, r));
    assertTrue(approved.plan().agreed());
    assertTrue(approved.tasks().stream().noneMatch(t -> t.kind() == OwnerTask.Kind.DECIDE_PLAN));
  }

  @Test
  void aDisputeStopsTheLadderUntilResolvedWithACreditNote() {
    open(oneInvoiceDue(LocalDate.of(2026, 11, 1)), List.of());
    CaseView disputed = run(r -> new OpenDispute("la prestation n'est pas finie", null, r));
    assertEquals(CaseFile.Status.PAUSED, disputed.status());
    assertEquals(Stage.FRIENDLY, wakeAt(LocalDate.of(2027, 3, 1)).stage(), "nothing moves during a dispute");
    CaseView resolved = run(r -> new ResolveDispute(DisputeOutcome.CREDIT_NOTE, eur("200.50"), null, r));
    assertEquals(new java.math.BigDecimal("1000.00"), resolved.balance());
    assertNull(resolved.dispute());
  }

  @Test
  void aClaimedPaymentConfirmedClosesTheCaseAndAClosedCaseRefusesPayments() {
    open(oneInvoiceDue(LocalDate.of(2026, 11, 1)), List.of());
    CaseView claimed = run(r -> new ClaimPayment(LocalDate.of(2026, 11, 20), PaymentMethod.TRANSFER, "payé vendredi", null, r));
    assertEquals(LocalDate.of(2026, 11, 28), claimed.tasks().stream()
        .filter(t -> t.kind() == OwnerTask.Kind.CONFIRM_CLAIMED_PAYMENT).findFirst().orElseThrow().dueOn());
    CaseView confirmed = run(r -> new ConfirmClaimedPayment(null, null, r));
    assertEquals(CaseFile.Status.CLOSED, confirmed.status());
    assertEquals(Closure.PAID, confirmed.closure());
    var refused = kit.<CaseReply>runCommand(r -> new RecordPayment(eur("1"), LocalDate.of(2026, 11, 23), null, null, r));
    assertEquals(CaseReply.Refusal.CONFLICT, ((CaseReply.Rejected) refused.reply()).refusal());
    assertTrue(refused.events().isEmpty());
  }

  @Test
  void paymentsAreAllocatedToTheOldestDueDateFirst() {
    open(List.of(invoice("B", "100", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15)),
        invoice("A", "100", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 15))), List.of());
    CaseView paid = run(r -> new RecordPayment(eur("150"), LocalDate.of(2026, 11, 23), null, null, r));
    assertEquals(List.of(new PaymentRecord.Allocation("A", eur("100")), new PaymentRecord.Allocation("B", eur("50"))),
        paid.payments().get(0).allocations());
  }

  @Test
  void aRepeatedIdempotencyKeyChangesNothing() {
    open(oneInvoiceDue(LocalDate.of(2026, 11, 1)), List.of());
    run(r -> new RecordPayment(eur("100"), LocalDate.of(2026, 11, 23), null, "key-1", r));
    var repeat = kit.<CaseReply>runCommand(r -> new RecordPayment(eur("100"), LocalDate.of(2026, 11, 23), null, "key-1", r));
    assertTrue(repeat.events().isEmpty());
    assertEquals(new java.math.BigDecimal("1100.50"), view(repeat.reply()).balance());
  }

  @Test
  void theStateSurvivesARestart() {
    open(oneInvoiceDue(LocalDate.of(2026, 11, 1)), List.of());
    run(r -> new RecordPromise(LocalDate.of(2026, 12, 5), eur("200"), PaymentMethod.CHEQUE, "chèque le 5", "k", r));
    CaseState before = kit.getState();
    kit.restart();
    assertEquals(before, kit.getState());
  }

  @Test
  void commandsToACaseNotOpenedAreAnsweredNotFound() {
    var reply = kit.<CaseReply>runCommand(Get::new).reply();
    assertEquals(CaseReply.Refusal.NOT_FOUND, ((CaseReply.Rejected) reply).refusal());
  }

  @Test
  void ownerPauseHoldsTheLadderUntilItsDay() {
    open(oneInvoiceDue(LocalDate.of(2026, 11, 1)), List.of());
    run(r -> new Pause(LocalDate.of(2026, 12, 10), null, r));
    assertEquals(Stage.FRIENDLY, wakeAt(LocalDate.of(2026, 12, 9)).stage());
    CaseView resumed = wakeAt(LocalDate.of(2026, 12, 10));
    assertEquals(CaseFile.Status.OPEN, resumed.status());
    assertEquals(Stage.FIRST_LETTER, resumed.stage());
  }
}
