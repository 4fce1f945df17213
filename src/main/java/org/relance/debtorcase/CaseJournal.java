package org.relance.debtorcase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.serialization.jackson.JacksonObjectMapperProvider;
import org.apache.pekko.persistence.jdbc.query.javadsl.JdbcReadJournal;
import org.apache.pekko.persistence.query.PersistenceQuery;
import org.apache.pekko.stream.javadsl.Sink;

import org.relance.common.SecretLinks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Reads a case's journal, every event in order, through Pekko Persistence Query. Every reader of a
 * journal (the API, the admin page, the letters and the dossier) reads it here, so each event is
 * shown with the tokens of invitation links masked ({@link SecretLinks}), those journaled before
 * the masking existed included, and with its personal fields opened ({@link JournalSeal}).
 */
public final class CaseJournal {

  /** One journaled event: its sequence number, when it happened, when it was written, what it is. */
  public record Entry(long sequenceNr, Instant time, Instant writtenAt, String type, CaseEvent data) {}

  private final ActorSystem<?> system;
  private final JdbcReadJournal readJournal;
  private final ObjectMapper json;
  private final JournalSeal seal;

  public CaseJournal(ActorSystem<?> system, JournalSeal seal) {
    this.system = system;
    this.seal = seal;
    this.json = JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty());
    this.readJournal = PersistenceQuery.get(system).getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
  }

  public CompletionStage<List<Entry>> entries(String caseId) {
    String persistenceId = DebtorCase.ENTITY_KEY.name() + "|" + caseId;
    return seal.reader(caseId, true).thenCompose(open -> readJournal
        .currentEventsByPersistenceId(persistenceId, 0L, Long.MAX_VALUE)
        .map(envelope -> {
          CaseEvent event = masked(open.apply((CaseEvent) envelope.event()));
          return new Entry(envelope.sequenceNr(), event.at(), Instant.ofEpochMilli(envelope.timestamp()),
              event.getClass().getSimpleName(), event);
        })
        .runWith(Sink.seq(), system));
  }

  /** The event as written, or, when a text in it shows a link's token, the same event with the token masked. */
  private CaseEvent masked(CaseEvent event) {
    try {
      String written = json.writeValueAsString(event);
      String masked = SecretLinks.masked(written);
      return masked.equals(written) ? event : json.readValue(masked, event.getClass());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot mask a journal event: " + e.getMessage(), e);
    }
  }
}
