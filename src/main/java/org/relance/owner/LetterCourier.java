package org.relance.owner;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.relance.debtorcase.CaseEvent;
import org.relance.readside.CaseProjections;
import org.relance.storage.Database;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Takes each issued letter to the owner's chats: an at-least-once projection over the case events
 * that hands every {@code LetterIssued} to {@link OwnerLetters#deliver}, which queues it once per
 * case and stage. A letter issued longer ago than {@code maxAge} (the first start of this projection
 * on an old journal) is left to the digest's "letter to post" task and its PDF button.
 */
final class LetterCourier extends Handler<EventEnvelope<CaseEvent>> {

  static final String NAME = "letter-courier";

  /** Queues the letter of a case's rung for the owner (once). */
  interface Delivery {
    CompletionStage<Done> deliver(String caseId, org.relance.ladder.Stage stage);
  }

  private final Delivery delivery;
  private final Clock clock;
  private final Duration maxAge;

  private LetterCourier(Delivery delivery, Clock clock, Duration maxAge) {
    this.delivery = delivery;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  static void init(ActorSystem<?> system, Database database, int tagCount, Delivery delivery, Clock clock,
                   Duration maxAge) {
    CaseProjections.get(system).atLeastOnceAsync(NAME, database, tagCount,
        () -> new LetterCourier(delivery, clock, maxAge));
  }

  @Override
  public CompletionStage<Done> process(EventEnvelope<CaseEvent> envelope) {
    if (envelope.event() instanceof CaseEvent.LetterIssued issued
        && !issued.at().isBefore(clock.instant().minus(maxAge))) {
      String caseId = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
      return delivery.deliver(caseId, issued.stage());
    }
    return CompletableFuture.completedFuture(Done.getInstance());
  }
}
