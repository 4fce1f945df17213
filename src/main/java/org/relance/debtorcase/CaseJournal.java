package org.relance.debtorcase;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.query.PersistenceQuery;
import org.apache.pekko.stream.javadsl.Sink;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Reads a case's journal, every event in order, through Pekko Persistence Query. */
public final class CaseJournal {

  /** One journaled event: its sequence number, when it happened, when it was written, what it is. */
  public record Entry(long sequenceNr, Instant time, Instant writtenAt, String type, CaseEvent data) {}

  private final ActorSystem<?> system;
  private final JdbcReadJournal readJournal;

  public CaseJournal(ActorSystem<?> system) {
    this.system = system;
    this.readJournal = PersistenceQuery.get(system).getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
  }

  public CompletionStage<List<Entry>> entries(String caseId) {
    String persistenceId = DebtorCase.ENTITY_KEY.name() + "|" + caseId;
    return readJournal.currentEventsByPersistenceId(persistenceId, 0L, Long.MAX_VALUE)
        .map(envelope -> {
          CaseEvent event = (CaseEvent) envelope.event();
          return new Entry(envelope.sequenceNr(), event.at(), Instant.ofEpochMilli(envelope.timestamp()),
              event.getClass().getSimpleName(), event);
        })
        .runWith(Sink.seq(), system);
  }
}
