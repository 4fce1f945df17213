package org.relance.business;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;
import org.apache.pekko.persistence.typed.PersistenceId;
import org.apache.pekko.persistence.typed.javadsl.CommandHandlerWithReply;
import org.apache.pekko.persistence.typed.javadsl.EventHandler;
import org.apache.pekko.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import org.relance.serialization.JsonSerializable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A business that collects with Relance: an event-sourced entity holding its profile (who it is,
 * its law, language, clock, plan policy and ladder overrides). Registered once, then changed.
 */
public final class Business
    extends EventSourcedBehaviorWithEnforcedReplies<Business.Command, Business.Event, Business.State> {

  public static final EntityTypeKey<Command> ENTITY_KEY = EntityTypeKey.create(Command.class, "Business");

  /** What can be asked of a business. */
  public sealed interface Command extends JsonSerializable {}

  /** Register the business (refused if it already is). */
  public record Register(BusinessProfile profile, ActorRef<Reply> replyTo) implements Command {}

  /** Replace the profile (settings changed). */
  public record ChangeProfile(BusinessProfile profile, ActorRef<Reply> replyTo) implements Command {}

  public record Get(ActorRef<Reply> replyTo) implements Command {}

  /** The profile, or empty when no such business is registered (or registration was refused). */
  public record Reply(Optional<BusinessProfile> profile, String refusal) implements JsonSerializable {}

  /** The facts of a business's journal. */
  public sealed interface Event extends JsonSerializable {}

  public record Registered(BusinessProfile profile, Instant at) implements Event {}

  public record ProfileChanged(BusinessProfile profile, Instant at) implements Event {}

  /** The business's profile, null until registered. */
  public record State(BusinessProfile profile) implements JsonSerializable {}

  private final Clock clock;

  private Business(String id, Clock clock) {
    super(PersistenceId.of(ENTITY_KEY.name(), id),
        SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(5), 0.1));
    this.clock = clock;
  }

  public static Behavior<Command> create(String id, Clock clock) {
    return new Business(id, clock);
  }

  public static void init(ActorSystem<?> system, Clock clock) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY, ctx -> create(ctx.getEntityId(), clock)));
  }

  @Override
  public State emptyState() {
    return new State(null);
  }

  @Override
  public Set<String> tagsFor(Event event) {
    return Set.of("business");
  }

  @Override
  public CommandHandlerWithReply<Command, Event, State> commandHandler() {
    return newCommandHandlerWithReplyBuilder().forAnyState()
        .onCommand(Register.class, (state, c) -> state.profile() != null
            ? Effect().reply(c.replyTo(), new Reply(Optional.empty(), "already registered"))
            : Effect().persist(new Registered(c.profile(), clock.instant()))
                .thenReply(c.replyTo(), s -> new Reply(Optional.of(s.profile()), null)))
        .onCommand(ChangeProfile.class, (state, c) -> state.profile() == null
            ? Effect().reply(c.replyTo(), new Reply(Optional.empty(), "no such business"))
            : Effect().persist(new ProfileChanged(c.profile(), clock.instant()))
                .thenReply(c.replyTo(), s -> new Reply(Optional.of(s.profile()), null)))
        .onCommand(Get.class, (state, c) -> Effect().reply(c.replyTo(),
            new Reply(Optional.ofNullable(state.profile()), state.profile() == null ? "no such business" : null)))
        .build();
  }

  @Override
  public EventHandler<State, Event> eventHandler() {
    return newEventHandlerBuilder().forAnyState()
        .onEvent(Registered.class, (state, e) -> new State(e.profile()))
        .onEvent(ProfileChanged.class, (state, e) -> new State(e.profile()))
        .build();
  }
}
