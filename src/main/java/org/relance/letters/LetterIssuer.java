package org.relance.letters;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.projection.ProjectionBehavior;
import org.apache.pekko.projection.ProjectionId;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.eventsourced.javadsl.EventSourcedProvider;
import org.apache.pekko.projection.javadsl.Handler;
import org.apache.pekko.projection.jdbc.javadsl.JdbcProjection;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.DebtorCase;
import org.relance.storage.Database;
import org.relance.storage.PooledJdbcSession;

import java.util.List;
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
    List<String> tags = DebtorCase.tags(tagCount);
    ShardedDaemonProcess.get(system).init(ProjectionBehavior.Command.class, NAME, tags.size(),
        i -> ProjectionBehavior.create(JdbcProjection.atLeastOnceAsync(ProjectionId.of(NAME, tags.get(i)),
            EventSourcedProvider.<CaseEvent>eventsByTag(system, JdbcReadJournal.Identifier(), tags.get(i)),
            () -> new PooledJdbcSession(database.dataSource()), () -> new LetterIssuer(letters), system)),
        ProjectionBehavior.stopMessage());
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
