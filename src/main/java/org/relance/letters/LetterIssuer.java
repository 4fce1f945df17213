package org.relance.letters;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.Handler;
import org.relance.debtorcase.CaseEvent;
import org.relance.readside.CaseProjections;
import org.relance.storage.Database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Issues a letter each time a case reaches a letter rung: an at-least-once projection over the
 * case events (issuing twice keeps the first stored letter and the case records it once), so the
 * PDF is rendered and stored outside the entity.
 */
public final class LetterIssuer extends Handler<EventEnvelope<CaseEvent>> {

  public static final String NAME = "letter-issuer";

  private final CaseLetters letters;

  private LetterIssuer(CaseLetters letters) {
    this.letters = letters;
  }

  public static void init(ActorSystem<?> system, Database database, CaseLetters letters, int tagCount) {
    CaseProjections.get(system).atLeastOnceAsync(NAME, database, tagCount, () -> new LetterIssuer(letters));
  }

  @Override
  public CompletionStage<Done> process(EventEnvelope<CaseEvent> envelope) {
    if (envelope.event() instanceof CaseEvent.StepReached step && step.stage().isLetter()) {
      String caseId = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
      return letters.issue(caseId, step.stage(), step.at());
    }
    return CompletableFuture.completedFuture(Done.getInstance());
  }

}
