package org.relance.debtorcase;

import org.junit.jupiter.api.Test;
import org.relance.common.Party;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.debtorcase.CaseEvent.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.debtorcase.CaseFixtures.*;

/** Calls logged from the call sheet and plans followed to their end, on the real entity (events serialized). */
class CaseFollowThroughTest extends CaseEntityTest {

  private void openAtFriendly() {
    kit.<CaseReply>runCommand(r -> new Open(terms(), debtor(), oneInvoiceDue(LocalDate.of(2026, 11, 20)), List.of(),
        null, r));
  }

  private List<CaseEvent> events(java.util.function.Function<org.apache.pekko.actor.typed.ActorRef<CaseReply>,
      CaseCommand> command) {
    return kit.<CaseReply>runCommand(command::apply).events();
  }

  /** Two instalments, on 10 December and 10 January, agreed within the default policy. */
  private void agreePlan() {
    openAtFriendly();
    events(r -> new ProposePlan(List.of(new Installment(LocalDate.of(2026, 12, 10), eur("600"), false),
        new Installment(LocalDate.of(2027, 1, 10), eur("600.50"), false)), null, "k1", r));
  }

  private void agreePlanAndReachTheDayAfterItsFirstInstalment() {
    agreePlan();
    clock.advanceTo(parisMidnight(LocalDate.of(2026, 12, 11)));
    kit.<CaseReply>runCommand(Wake::new);
  }

  @Test
  void aPromiseTakenByPhoneIsRecordedWithTheOwnerAsItsSourceAndClosesTheCallTask() {
    openAtFriendly();
    String call = kit.<CaseReply>runCommand(Get::new).reply() instanceof CaseReply.Accepted a
        ? a.view().tasks().get(0).id() : null;
    List<CaseEvent> events = events(r -> new LogCall(CallOutcome.PROMISED, LocalDate.of(2026, 12, 15), "k1", r));
    assertEquals(new TaskDone(call, START), events.get(0));
    assertEquals(new CallLogged(call, CallOutcome.PROMISED, null, START), events.get(1));
    PromiseRecorded promise = assertInstanceOf(PromiseRecorded.class, events.get(2));
    assertEquals(Party.OWNER, promise.promise().takenBy());
    assertEquals(LocalDate.of(2026, 12, 15), promise.promise().date());
    CaseView view = view(kit.<CaseReply>runCommand(Get::new).reply());
    assertEquals(Party.OWNER, view.promise().takenBy());
    assertTrue(view.tasks().isEmpty());
  }

  @Test
  void aPromiseDateInThePastIsRefusedAndNothingIsWritten() {
    openAtFriendly();
    var result = kit.<CaseReply>runCommand(r -> new LogCall(CallOutcome.PROMISED, LocalDate.of(2026, 11, 1), "k", r));
    assertInstanceOf(CaseReply.Rejected.class, result.reply());
    assertTrue(result.events().isEmpty());
  }

  @Test
  void noAnswerBringsTheCallBackOnAWorkingDay() {
    openAtFriendly();
    // START is a Monday (2026-11-23): two days later is Wednesday
    List<CaseEvent> events = events(r -> new LogCall(CallOutcome.UNREACHABLE, null, "k", r));
    CallLogged logged = assertInstanceOf(CallLogged.class, events.get(0));
    assertEquals(LocalDate.of(2026, 11, 25), logged.retryOn());
    assertEquals(LocalDate.of(2026, 11, 25), assertInstanceOf(TaskSnoozed.class, events.get(1)).until());
  }

  @Test
  void aWrongNumberIsKeptAndADisputeByPhoneStopsTheLadder() {
    openAtFriendly();
    events(r -> new LogCall(CallOutcome.WRONG_NUMBER, null, "k1", r));
    assertTrue(view(kit.<CaseReply>runCommand(Get::new).reply()).phoneWrong());
    events(r -> new LogCall(CallOutcome.DISPUTED, null, "k2", r));
    CaseView disputed = view(kit.<CaseReply>runCommand(Get::new).reply());
    assertNotNull(disputed.dispute());
    assertEquals(OwnerTask.Kind.RESOLVE_DISPUTE, disputed.tasks().get(0).kind());
    kit.restart();
    assertTrue(view(kit.<CaseReply>runCommand(Get::new).reply()).phoneWrong(), "recovered from the journal");
  }

  @Test
  void aPlanRemindsTheDebtorInTheDaytimeAsksTheOwnerAndAButtonRecordsThePayment() {
    agreePlan();
    clock.advanceTo(parisMidnight(LocalDate.of(2026, 12, 8)));
    assertTrue(kit.<CaseReply>runCommand(Wake::new).events().isEmpty(), "not at midnight");
    Instant tenInParis = parisMidnight(LocalDate.of(2026, 12, 8)).plusSeconds(10 * 3600);
    clock.advanceTo(tenInParis);
    List<CaseEvent> reminded = kit.<CaseReply>runCommand(Wake::new).events();
    assertEquals(List.of(new InstallmentReminderFellDue(0, LocalDate.of(2026, 12, 10), eur("600"), tenInParis)),
        reminded);
    clock.advanceTo(parisMidnight(LocalDate.of(2026, 12, 11)));
    InstallmentFollowUpAsked asked = assertInstanceOf(InstallmentFollowUpAsked.class,
        kit.<CaseReply>runCommand(Wake::new).events().get(0));
    assertEquals(OwnerTask.Kind.ASK_INSTALLMENT_PAID, asked.task().kind());
    List<CaseEvent> paid = events(r -> new RecordPayment(eur("600"), LocalDate.of(2026, 12, 10),
        PaymentMethod.TRANSFER, "k2", r));
    assertTrue(paid.contains(new InstallmentPaid(0, parisMidnight(LocalDate.of(2026, 12, 11)))));
    assertTrue(paid.contains(new TaskDone(asked.task().id(), parisMidnight(LocalDate.of(2026, 12, 11)))));
  }

  @Test
  void theOwnerSayingNoMissesTheInstalmentAtOnceWithTheNoticeDay() {
    agreePlanAndReachTheDayAfterItsFirstInstalment();
    List<CaseEvent> missed = events(r -> new ConfirmInstallmentMissed("k2", r));
    InstallmentMissed event = missed.stream().filter(InstallmentMissed.class::isInstance)
        .map(InstallmentMissed.class::cast).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2026, 12, 14), event.ladderResumesOn());
    assertEquals(eur("600"), event.amount());
    assertEquals(LocalDate.of(2026, 12, 10), event.dueOn());
  }

  @Test
  void strikingOutThePlanWhileItsInstalmentIsAskedAboutClosesTheQuestion() {
    agreePlanAndReachTheDayAfterItsFirstInstalment();
    events(r -> new WithdrawPlan("k2", r));
    CaseView view = view(kit.<CaseReply>runCommand(Get::new).reply());
    assertTrue(view.tasks().stream().noneMatch(t -> t.kind() == OwnerTask.Kind.ASK_INSTALLMENT_PAID), view.tasks()
        .toString());
  }
}
