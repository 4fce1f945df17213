package org.relance.debtorcase;

import org.junit.jupiter.api.Test;
import org.relance.common.CollectiveProceedings;
import org.relance.common.Party;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.ladder.Stage;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.debtorcase.CaseFixtures.*;

/** Collective proceedings hold the case: no ladder step, no plan, a task to declare the claim; lifted, it resumes. */
class ProceedingsCaseTest extends CaseEntityTest {

  private static final LocalDate JUDGMENT = LocalDate.of(2026, 12, 2);

  /** A case due on 20 November, at the friendly step; the clock then moves to 3 December, after the judgment. */
  private void open() {
    run(r -> new Open(terms(), debtor(), oneInvoiceDue(LocalDate.of(2026, 11, 20)), List.of(), null, r));
    clock.advanceTo(parisMidnight(LocalDate.of(2026, 12, 3)).plusSeconds(9 * 3600));
  }

  private CaseView wakeAt(LocalDate parisDay) {
    clock.advanceTo(parisMidnight(parisDay));
    return run(Wake::new);
  }

  @Test
  void statedProceedingsHoldTheLadderAndAskTheOwnerToDeclareTheClaimWithinTwoMonths() {
    open();
    CaseView held = run(r -> new RecordProceedings(CollectiveProceedings.REORGANISATION, JUDGMENT, Party.DEBTOR,
        "nous sommes en redressement judiciaire depuis le 2 décembre", "k1", r));
    assertEquals(List.of(CaseFile.Hold.COLLECTIVE_PROCEEDINGS), held.holds());
    assertEquals(CaseFile.Status.PAUSED, held.status());
    assertNull(held.nextStep(), "no ladder step while on hold");
    assertEquals(CollectiveProceedings.REORGANISATION, held.proceedings().kind());
    assertEquals(LocalDate.of(2027, 2, 2), held.proceedings().declarationDeadline(),
        "two months from the judgment: the earliest the BODACC deadline can fall");
    OwnerTask declare = held.tasks().stream().filter(t -> t.kind() == OwnerTask.Kind.DECLARE_CLAIM).findFirst()
        .orElseThrow();
    assertEquals(LocalDate.of(2027, 1, 18), declare.dueOn(), "due 15 days before the deadline: the digest reminds the owner");

    CaseView later = wakeAt(LocalDate.of(2027, 3, 1));
    assertEquals(Stage.FRIENDLY, later.stage(), "no step climbed in three months on hold");
    assertEquals(held.steps().size(), later.steps().size());

    var plan = kit.<CaseReply>runCommand(r -> new ProposePlan(List.of(new Installment(LocalDate.of(2027, 3, 10),
        eur("1200.50"), false)), "en une fois", "k2", r)).reply();
    assertEquals(CaseReply.Refusal.CONFLICT, ((CaseReply.Rejected) plan).refusal(), "no plan under proceedings");
    var promise = kit.<CaseReply>runCommand(r -> new RecordPromise(LocalDate.of(2027, 3, 10), null, null, "je paie",
        "k3", r)).reply();
    assertInstanceOf(CaseReply.Rejected.class, promise, "paying a debt from before the judgment is forbidden");
  }

  @Test
  void theOwnerLiftsTheProceedingsAndTheLadderResumes() {
    open();
    run(r -> new RecordProceedings(CollectiveProceedings.SAFEGUARD, null, Party.OWNER, null, "k1", r));
    CaseView lifted = run(r -> new LiftProceedings("k2", r));
    assertNull(lifted.proceedings());
    assertTrue(lifted.holds().isEmpty());
    assertTrue(lifted.tasks().stream().noneMatch(t -> t.kind() == OwnerTask.Kind.DECLARE_CLAIM),
        "the declaration task goes with the proceedings");
    assertNotNull(lifted.nextStep());
    kit.restart();
    assertNull(view(kit.<CaseReply>runCommand(Get::new).reply()).proceedings(), "recovered from the journal");
  }

  @Test
  void recordingProceedingsEndsAPromiseWithoutCountingItBroken() {
    open();
    run(r -> new RecordPromise(LocalDate.of(2026, 12, 4), null, null, "vendredi", "k0", r));
    CaseView held = run(r -> new RecordProceedings(CollectiveProceedings.LIQUIDATION, JUDGMENT, Party.OWNER, null,
        "k1", r));
    assertNull(held.promise());
    assertEquals(List.of(CaseFile.Hold.COLLECTIVE_PROCEEDINGS), held.holds());
    clock.advanceTo(parisMidnight(LocalDate.of(2026, 12, 20)));
    assertTrue(kit.<CaseReply>runCommand(Wake::new).events().stream()
        .noneMatch(e -> e instanceof CaseEvent.PromiseBroken || e instanceof CaseEvent.PromiseFollowUpAsked));
  }

  @Test
  void aJudgmentDateInTheFutureIsRefused() {
    open();
    var reply = kit.<CaseReply>runCommand(r -> new RecordProceedings(CollectiveProceedings.LIQUIDATION,
        LocalDate.of(2026, 12, 30), Party.OWNER, null, "k1", r)).reply();
    assertEquals(CaseReply.Refusal.INVALID, ((CaseReply.Rejected) reply).refusal());
  }
}
