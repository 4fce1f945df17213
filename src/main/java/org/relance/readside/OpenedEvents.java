package org.relance.readside;

import org.apache.pekko.NotUsed;
import org.apache.pekko.persistence.query.Offset;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.javadsl.SourceProvider;
import org.apache.pekko.stream.javadsl.Source;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.JournalSeal;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The events of one tag as every projection sees them: in journal order, with their personal
 * fields opened by the {@link JournalSeal} (read as erased once a case's key is gone).
 */
final class OpenedEvents extends SourceProvider<Offset, EventEnvelope<CaseEvent>> {

  private final SourceProvider<Offset, EventEnvelope<CaseEvent>> sealed;
  private final JournalSeal seal;

  OpenedEvents(SourceProvider<Offset, EventEnvelope<CaseEvent>> sealed, JournalSeal seal) {
    this.sealed = sealed;
    this.seal = Objects.requireNonNull(seal, "the projections need a JournalSeal (CaseProjections.openWith)");
  }

  @Override
  public CompletionStage<Source<EventEnvelope<CaseEvent>, NotUsed>> source(
      Supplier<CompletionStage<Optional<Offset>>> offset) {
    return sealed.source(offset).thenApply(source -> source.mapAsync(1, this::opened));
  }

  private CompletionStage<EventEnvelope<CaseEvent>> opened(EventEnvelope<CaseEvent> envelope) {
    String caseId = envelope.persistenceId().substring(envelope.persistenceId().indexOf('|') + 1);
    return seal.reader(caseId, false).thenApply(open -> EventEnvelope.create(envelope.offset(),
        envelope.persistenceId(), envelope.sequenceNr(), open.apply(envelope.event()), envelope.timestamp()));
  }

  @Override
  public Offset extractOffset(EventEnvelope<CaseEvent> envelope) {
    return sealed.extractOffset(envelope);
  }

  @Override
  public long extractCreationTime(EventEnvelope<CaseEvent> envelope) {
    return sealed.extractCreationTime(envelope);
  }
}
