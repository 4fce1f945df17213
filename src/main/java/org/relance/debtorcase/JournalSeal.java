package org.relance.debtorcase;

import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.persistence.typed.SnapshotAdapter;
import org.apache.pekko.persistence.typed.EventAdapter;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How a case's personal fields ({@link PersonalFields}) are sealed on their way to the journal and
 * snapshots and opened on their way back; implemented by {@code org.relance.privacy}. Keys are
 * fetched off the actor's thread: an entity starts once its key is at hand.
 */
public interface JournalSeal {

  /** The case's entity, started with its adapters once its key is loaded (or created). */
  Behavior<CaseCommand> around(String caseId, Function<Adapters, Behavior<CaseCommand>> entity);

  /**
   * What opens the events of one case as read from the journal: for projections from this node's
   * cache of keys; {@code fresh} from the key table itself, for a journal shown to a person.
   */
  CompletionStage<UnaryOperator<CaseEvent>> reader(String caseId, boolean fresh);

  /** The adapters one entity journals and recovers through. */
  record Adapters(EventAdapter<CaseEvent, CaseEvent> events, SnapshotAdapter<CaseState> snapshots) {}
}
