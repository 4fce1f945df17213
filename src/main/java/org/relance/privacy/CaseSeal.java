package org.relance.privacy;

import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.persistence.typed.EventAdapter;
import org.apache.pekko.persistence.typed.EventSeq;
import org.apache.pekko.persistence.typed.SnapshotAdapter;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseFile;
import org.relance.debtorcase.CaseState;
import org.relance.debtorcase.JournalSeal;
import org.relance.debtorcase.PersonalFields;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Crypto-shredding of the case journal: every personal field ({@link PersonalFields}) goes to the
 * journal and the snapshots sealed with its case's key ({@link FieldCipher}) and comes back opened.
 * An entity waits for its key (loaded or created on the blocking executor, commands stashed
 * meanwhile) before it recovers. Once a case's {@code PersonalDataErased} is seen, this node reads
 * and writes the case's personal fields as erased.
 */
public final class CaseSeal implements JournalSeal {

  private final CaseKeys keys;
  private final int stashCapacity;

  public CaseSeal(CaseKeys keys, int stashCapacity) {
    this.keys = keys;
    this.stashCapacity = stashCapacity;
  }

  /** The key arrived: the entity can recover. */
  private record KeyReady(Optional<SecretKey> key) {}

  /** The key could not be read or created: the entity stops, and starts again with the next command. */
  private record KeyFailed(Throwable cause) {}

  @Override
  @SuppressWarnings("unchecked")
  public Behavior<CaseCommand> around(String caseId, Function<Adapters, Behavior<CaseCommand>> entity) {
    return Behaviors.<Object>setup(context -> Behaviors.withStash(stashCapacity, stash -> {
      context.pipeToSelf(keys.loadOrCreate(caseId), (key, failure) -> failure == null
          ? new KeyReady(key) : new KeyFailed(failure));
      return Behaviors.receive(Object.class)
          .onMessage(KeyReady.class, ready -> stash.unstashAll(
              (Behavior<Object>) (Behavior<?>) entity.apply(adapters(caseId, ready.key()))))
          .onMessage(KeyFailed.class, failed -> {
            throw new IllegalStateException("No key for case " + caseId + ": " + failed.cause().getMessage(),
                failed.cause());
          })
          .onAnyMessage(command -> {
            stash.stash(command);
            return Behaviors.same();
          })
          .build();
    })).narrow();
  }

  @Override
  public CompletionStage<UnaryOperator<CaseEvent>> reader(String caseId, boolean fresh) {
    return keys.load(caseId, fresh).thenApply(key -> event -> {
      if (event instanceof CaseEvent.PersonalDataErased) {
        keys.forget(caseId);
      }
      return opened(event, key, caseId);
    });
  }

  /** The event as it is journaled: each personal field sealed with the key (written as erased without one). */
  static CaseEvent sealed(CaseEvent event, Optional<SecretKey> key, String caseId) {
    return PersonalFields.map(event, text -> FieldCipher.seal(text, key, caseId));
  }

  static CaseEvent opened(CaseEvent event, Optional<SecretKey> key, String caseId) {
    return PersonalFields.map(event, text -> FieldCipher.open(text, key, caseId));
  }

  private Adapters adapters(String caseId, Optional<SecretKey> loaded) {
    AtomicReference<Optional<SecretKey>> key = new AtomicReference<>(loaded);
    EventAdapter<CaseEvent, CaseEvent> events = new EventAdapter<>() {
      @Override
      public CaseEvent toJournal(CaseEvent event) {
        if (event instanceof CaseEvent.PersonalDataErased) {
          key.set(Optional.empty());
          keys.forget(caseId);
        }
        return sealed(event, key.get(), caseId);
      }

      @Override
      public String manifest(CaseEvent event) {
        return "";
      }

      @Override
      public EventSeq<CaseEvent> fromJournal(CaseEvent event, String manifest) {
        return EventSeq.single(opened(event, key.get(), caseId));
      }
    };
    SnapshotAdapter<CaseState> snapshots = new SnapshotAdapter<>() {
      @Override
      public Object toJournal(CaseState state) {
        return state instanceof CaseFile file
            ? PersonalFields.map(file, text -> FieldCipher.seal(text, key.get(), caseId)) : state;
      }

      @Override
      public CaseState fromJournal(Object state) {
        return state instanceof CaseFile file
            ? PersonalFields.map(file, text -> FieldCipher.open(text, key.get(), caseId)) : (CaseState) state;
      }
    };
    return new Adapters(events, snapshots);
  }
}
