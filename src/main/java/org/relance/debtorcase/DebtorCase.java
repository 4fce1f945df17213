package org.relance.debtorcase;

import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.SnapshotAdapter;
import org.apache.pekko.persistence.typed.EventAdapter;
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import org.apache.pekko.persistence.typed.javadsl.ReplyEffect;
import org.apache.pekko.persistence.typed.javadsl.RetentionCriteria;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.debtorcase.CaseEvent.CaseOpened;
import org.relance.debtorcase.CaseEvent.IdempotencyKeyRecorded;
import org.relance.debtorcase.CaseReply.Accepted;
import org.relance.debtorcase.CaseReply.Refusal;
import org.relance.debtorcase.CaseReply.Rejected;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One debtor of one business: an event-sourced entity under Cluster Sharding whose journal is the
 * case's legal record.
 *
 * <p>States: {@link CaseState.Blank} accepts only {@code Open}; an opened {@link CaseFile} takes
 * every change, decided by {@link CaseDecisions}, then does whatever has fallen due by now
 * ({@link CaseRules#dueBy}); a closed file refuses changes but still records messages. A
 * {@code Wake} from the scheduler does what fell due. Every reply is the case as it now stands.
 * A change with an idempotency key already seen is answered without writing anything.
 */
public final class DebtorCase
    extends EventSourcedBehaviorWithEnforcedReplies<CaseCommand, CaseEvent, CaseState> {

  public static final EntityTypeKey<CaseCommand> ENTITY_KEY = EntityTypeKey.create(CaseCommand.class, "DebtorCase");

  private final String caseId;
  private final Clock clock;
  private final Set<String> tags;
  private final int snapshotEvery;
  private final JournalSeal.Adapters adapters;

  private DebtorCase(String caseId, Clock clock, String tag, int snapshotEvery, JournalSeal.Adapters adapters) {
    super(PersistenceId.of(ENTITY_KEY.name(), caseId),
        SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(5), 0.1));
    this.caseId = caseId;
    this.clock = clock;
    this.tags = Set.of(tag);
    this.snapshotEvery = snapshotEvery;
    this.adapters = adapters;
  }

  /** A case whose journal holds its personal fields as they are (tests of the case's rules). */
  public static Behavior<CaseCommand> create(String caseId, Clock clock, String tag, int snapshotEvery) {
    return new DebtorCase(caseId, clock, tag, snapshotEvery, null);
  }

  /** The tag of a case's events: one of {@code tagCount} fixed tags, one projection instance each. */
  public static String tagFor(String caseId, int tagCount) {
    return "case-" + Math.floorMod(caseId.hashCode(), tagCount);
  }

  /** All the tags case events can carry. */
  public static List<String> tags(int tagCount) {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < tagCount; i++) {
      tags.add("case-" + i);
    }
    return tags;
  }

  /** Registers the entity with Cluster Sharding on this node, its personal fields sealed by {@code seal}. */
  public static void init(ActorSystem<?> system, Clock clock, int tagCount, int snapshotEvery, JournalSeal seal) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY, ctx -> seal.around(ctx.getEntityId(), adapters ->
        new DebtorCase(ctx.getEntityId(), clock, tagFor(ctx.getEntityId(), tagCount), snapshotEvery, adapters))));
  }

  @Override
  public CaseState emptyState() {
    return CaseState.Blank.INSTANCE;
  }

  @Override
  public Set<String> tagsFor(CaseEvent event) {
    return tags;
  }

  @Override
  public EventAdapter<CaseEvent, ?> eventAdapter() {
    return adapters == null ? super.eventAdapter() : adapters.events();
  }

  @Override
  public SnapshotAdapter<CaseState> snapshotAdapter() {
    return adapters == null ? super.snapshotAdapter() : adapters.snapshots();
  }

  @Override
  public RetentionCriteria retentionCriteria() {
    return RetentionCriteria.snapshotEvery(snapshotEvery, 2);
  }

  @Override
  public CommandHandlerWithReply<CaseCommand, CaseEvent, CaseState> commandHandler() {
    var builder = newCommandHandlerWithReplyBuilder();
    builder.forStateType(CaseState.Blank.class)
        .onCommand(Open.class, this::open)
        .onAnyCommand(command -> Effect().reply(command.replyTo(),
            new Rejected(Refusal.NOT_FOUND, "no case " + caseId)));
    builder.forStateType(CaseFile.class)
        .onCommand(Get.class, (file, command) -> Effect().reply(command.replyTo(), accepted(file)))
        .onCommand(Wake.class, this::wake)
        .onCommand(Change.class, this::change);
    return builder.build();
  }

  private ReplyEffect<CaseEvent, CaseState> open(Open command) {
    Optional<String> outOfBounds = CommandLimits.refusal(command, clock);
    if (outOfBounds.isPresent()) {
      return Effect().reply(command.replyTo(), new Rejected(Refusal.INVALID, outOfBounds.get()));
    }
    var opened = new CaseOpened(caseId, command.terms(), command.debtor(), command.invoices(),
        command.priorReminders(), clock.instant());
    List<CaseEvent> events = new ArrayList<>();
    events.add(opened);
    events.addAll(CaseRules.dueBy(CaseDraft.opened(opened), clock.instant()));
    if (command.idempotencyKey() != null) {
      events.add(new IdempotencyKeyRecorded(command.idempotencyKey(), clock.instant()));
    }
    return Effect().persist(events).thenReply(command.replyTo(), state -> accepted((CaseFile) state));
  }

  private ReplyEffect<CaseEvent, CaseState> wake(CaseFile file, Wake command) {
    List<CaseEvent> due = CaseRules.dueBy(file, clock.instant());
    if (due.isEmpty()) {
      return Effect().reply(command.replyTo(), accepted(file));
    }
    return Effect().persist(due).thenReply(command.replyTo(), state -> accepted((CaseFile) state));
  }

  private ReplyEffect<CaseEvent, CaseState> change(CaseFile file, Change command) {
    if (file.knowsKey(command.idempotencyKey())) {
      return Effect().reply(command.replyTo(), accepted(file));
    }
    Optional<String> outOfBounds = CommandLimits.refusal(command, clock);
    if (outOfBounds.isPresent()) {
      return Effect().reply(command.replyTo(), new Rejected(Refusal.INVALID, outOfBounds.get()));
    }
    var decision = CaseDecisions.decide(file, command, clock.instant());
    if (decision.refused()) {
      return Effect().reply(command.replyTo(), new Rejected(decision.refusal(), decision.message()));
    }
    List<CaseEvent> events = new ArrayList<>(decision.events());
    CaseFile after = file;
    for (CaseEvent event : events) {
      after = after.apply(event);
    }
    events.addAll(CaseRules.dueBy(after, clock.instant()));
    if (command.idempotencyKey() != null) {
      events.add(new IdempotencyKeyRecorded(command.idempotencyKey(), clock.instant()));
    }
    if (events.isEmpty()) {
      return Effect().reply(command.replyTo(), accepted(file));
    }
    return Effect().persist(events).thenReply(command.replyTo(), state -> accepted((CaseFile) state));
  }

  private CaseReply accepted(CaseFile file) {
    return new Accepted(CaseView.of(file, clock.instant()));
  }

  @Override
  public EventHandler<CaseState, CaseEvent> eventHandler() {
    var builder = newEventHandlerBuilder();
    builder.forStateType(CaseState.Blank.class)
        .onEvent(CaseOpened.class, (state, event) -> CaseDraft.opened(event));
    builder.forStateType(CaseFile.class)
        .onAnyEvent((state, event) -> ((CaseFile) state).apply(event));
    return builder.build();
  }
}
