package org.relance.metrics;

import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.persistence.journal.EventAdapter;
import org.apache.pekko.persistence.journal.EventSeq;
import org.apache.pekko.persistence.journal.Tagged;

/**
 * Counts every event this node hands to the journal, by kind ({@code relance_events_written_total}),
 * and changes nothing: bound to every payload on the journal plugin ({@code relance-runtime.conf}),
 * it sees each event once on its way in (a tagged case event inside its {@link Tagged} wrapper) and
 * passes what the journal reads back untouched. Pekko writes an adapter's manifest in place of any
 * other: this one's is empty, as every event's has been so far; a typed event adapter with a manifest
 * of its own would need its events left out of the binding.
 */
public final class WrittenEvents implements EventAdapter {

  private final Metrics metrics;

  public WrittenEvents(ExtendedActorSystem system) {
    this.metrics = Metrics.get(Adapter.toTyped(system));
  }

  @Override
  public String manifest(Object event) {
    return "";
  }

  @Override
  public Object toJournal(Object event) {
    Object payload = event instanceof Tagged tagged ? tagged.payload() : event;
    metrics.eventWritten(payload.getClass().getSimpleName());
    return event;
  }

  @Override
  public EventSeq fromJournal(Object event, String manifest) {
    return EventSeq.single(event);
  }
}
