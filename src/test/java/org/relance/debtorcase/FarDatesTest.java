package org.relance.debtorcase;

import org.junit.jupiter.api.Test;
import org.relance.debtorcase.CaseCommand.*;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.debtorcase.CaseFixtures.*;

/**
 * Defense in depth: whatever face sent it, the case refuses a date outside the sane window
 * ({@link org.relance.limits.InputLimits}) as invalid, writes nothing, and keeps answering.
 */
class FarDatesTest extends CaseEntityTest {

  private static final LocalDate FAR = LocalDate.of(999_999_999, 12, 31);
  private static final LocalDate ANCIENT = LocalDate.of(0, 1, 1);

  @Test
  void farAndAncientDatesAreRefusedAndTheCaseKeepsAnswering() {
    run(r -> new Open(terms(), debtor(), oneInvoiceDue(LocalDate.of(2026, 12, 10)), List.of(), null, r));
    for (LocalDate day : List.of(FAR, ANCIENT)) {
      assertRefused(r -> new RecordPromise(day, eur("100"), null, "le " + day, null, r));
      assertRefused(r -> new RecordPromise(day, null, null, null, null, r));
      assertRefused(r -> new RecordPayment(eur("100"), day, null, null, r));
      assertRefused(r -> new ProposePlan(List.of(new Installment(day, eur("100"), false)), null, null, r));
      assertRefused(r -> new ClaimPayment(day, null, null, null, r));
      assertRefused(r -> new Pause(day, null, r));
      assertRefused(r -> new AddInvoice(invoice("F-9", "10", day, day), null, r));
    }
    CaseView after = run(Get::new);
    assertNull(after.promise());
    assertTrue(after.payments().isEmpty());
  }

  @Test
  void aCaseOpenedWithFarDatesIsRefused() {
    var reply = kit.<CaseReply>runCommand(r -> new Open(terms(), debtor(),
        List.of(invoice("F-1", "10", LocalDate.of(2026, 11, 1), FAR)), List.of(), null, r)).reply();
    assertInstanceOf(CaseReply.Rejected.class, reply);
    assertEquals(CaseReply.Refusal.INVALID, ((CaseReply.Rejected) reply).refusal());
  }

  private void assertRefused(Function<org.apache.pekko.actor.typed.ActorRef<CaseReply>, CaseCommand> command) {
    var result = kit.<CaseReply>runCommand(command::apply);
    assertInstanceOf(CaseReply.Rejected.class, result.reply(), () -> "accepted: " + result.reply());
    assertEquals(CaseReply.Refusal.INVALID, ((CaseReply.Rejected) result.reply()).refusal(), result.reply()::toString);
    assertTrue(result.events().isEmpty());
  }
}
