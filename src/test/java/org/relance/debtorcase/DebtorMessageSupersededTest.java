package org.relance.debtorcase;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relance.common.PaymentMethod;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.debtorcase.CaseEvent.*;
import org.relance.ladder.Stage;
import org.relance.scheduling.SimulatedClock;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.debtorcase.CaseFixtures.*;

/** A held debtor message recorded as superseded: on a closed case too, once per key, in lower snake case. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebtorMessageSupersededTest {

  private final ActorTestKit testKit = ActorTestKit.create(testKitConfig());

  @AfterAll
  void shutdown() {
    testKit.shutdownTestKit();
  }

  @Test
  void aClosedCaseRecordsTheSupersededReminderOnceAndChangesNothingElse() throws Exception {
    var kit = EventSourcedBehaviorTestKit.<CaseCommand, CaseEvent, CaseState>create(testKit.system(),
        DebtorCase.create("s1", new SimulatedClock(START), "case-0", 100));
    kit.<CaseReply>runCommand(r -> new Open(terms(), debtor(), oneInvoiceDue(LocalDate.of(2026, 11, 30)), List.of(), null, r));
    kit.<CaseReply>runCommand(r -> new RecordPayment(eur("1200.50"), LocalDate.of(2026, 11, 23), PaymentMethod.TRANSFER, null, r));
    CaseFile before = (CaseFile) kit.getState();
    assertNotNull(before.closure(), "paid in full: closed");

    var first = kit.<CaseReply>runCommand(r -> new RecordDebtorMessageSuperseded(Stage.FRIENDLY,
        SupersededBecause.PAID, "outreach-superseded:friendly", r));
    assertInstanceOf(CaseReply.Accepted.class, first.reply());
    assertEquals(new DebtorMessageSuperseded(Stage.FRIENDLY, SupersededBecause.PAID, START), first.events().get(0));
    var again = kit.<CaseReply>runCommand(r -> new RecordDebtorMessageSuperseded(Stage.FRIENDLY,
        SupersededBecause.PAID, "outreach-superseded:friendly", r));
    assertTrue(again.events().isEmpty(), "a repeat with the same key records nothing");
    CaseFile after = (CaseFile) kit.getState();
    assertEquals(before.stage(), after.stage());
    assertEquals(before.balance(), after.balance());

    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    String written = json.writeValueAsString(first.events().get(0));
    assertTrue(written.contains("\"reason\":\"paid\"") && written.contains("\"stage\":\"friendly\""), written);
    assertEquals(SupersededBecause.LATER_STEP, json.readValue("\"later_step\"", SupersededBecause.class));
  }
}
