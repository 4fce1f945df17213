package org.relance.debtorcase;

import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.relance.scheduling.SimulatedClock;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.relance.debtorcase.CaseFixtures.START;
import static org.relance.debtorcase.CaseFixtures.testKitConfig;

/**
 * The real case entity in Pekko's event-sourced test kit (every command, event and state goes
 * through serialization), a new case {@code c1} before each test on a simulated clock set to
 * {@link CaseFixtures#START}. Subclasses open the case as their tests need.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaseEntityTest {

  private final ActorTestKit testKit = ActorTestKit.create(testKitConfig());
  protected SimulatedClock clock;
  protected EventSourcedBehaviorTestKit<CaseCommand, CaseEvent, CaseState> kit;

  @AfterAll
  void shutdown() {
    testKit.shutdownTestKit();
  }

  @BeforeEach
  void newCase() {
    clock = new SimulatedClock(START);
    kit = EventSourcedBehaviorTestKit.create(testKit.system(), DebtorCase.create("c1", clock, "case-0", 100));
  }

  /** What the case shows after accepting {@code command} (fails the test on a refusal). */
  protected CaseView run(Function<ActorRef<CaseReply>, CaseCommand> command) {
    return view(kit.<CaseReply>runCommand(command::apply).reply());
  }

  protected static CaseView view(CaseReply reply) {
    assertInstanceOf(CaseReply.Accepted.class, reply, () -> "refused: " + reply);
    return ((CaseReply.Accepted) reply).view();
  }
}
