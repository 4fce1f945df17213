package org.relance.telegram;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.StashBuffer;
import org.relance.messages.MessageTemplates;
import org.relance.serialization.JsonSerializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Takes every update, from the poller or the webhook, and handles each {@code update_id} once:
 * an update already recorded is ignored; otherwise the {@link ChatRouter} decides the replies and
 * one transaction marks the update handled and puts the replies, each naming the update, in the
 * outbox (then the sender is woken). Updates are handled one at a time, in arrival order; those
 * arriving meanwhile wait in a stash. JDBC runs on the blocking executor, never on this actor's thread.
 */
public final class UpdateIntake {

  /** What the intake understands. */
  public interface Command {}

  /**
   * An update to handle; {@code replyTo} (may be null) hears once it is safely recorded or ignored.
   * A webhook on another node sends it here, so it travels as JSON.
   */
  public record Received(Update update, ActorRef<Done> replyTo) implements Command, JsonSerializable {}

  private record Handled(Received received, boolean recorded, Throwable failure) implements Command {}

  private static final int STASH_CAPACITY = 10_000;
  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

  private final ActorContext<Command> context;
  private final StashBuffer<Command> stash;
  private final TelegramStore store;
  private final ChatRouter router;
  private final MessageTemplates templates;
  private final ActorRef<TelegramSender.Command> sender;
  private final UpdateOffset offset;
  private final Executor blocking;

  private UpdateIntake(ActorContext<Command> context, StashBuffer<Command> stash, TelegramStore store,
                       ChatRouter router, MessageTemplates templates, ActorRef<TelegramSender.Command> sender,
                       UpdateOffset offset, Executor blocking) {
    this.context = context;
    this.stash = stash;
    this.store = store;
    this.router = router;
    this.templates = templates;
    this.sender = sender;
    this.offset = offset;
    this.blocking = blocking;
  }

  static Behavior<Command> create(TelegramStore store, ChatRouter router, MessageTemplates templates,
                                  ActorRef<TelegramSender.Command> sender, UpdateOffset offset, Executor blocking) {
    Behavior<Command> intake = Behaviors.withStash(STASH_CAPACITY, stash -> Behaviors.setup(context ->
        new UpdateIntake(context, stash, store, router, templates, sender, offset, blocking).idle()));
    // After a bug, go on with the next updates; those lost with the stash come again after a restart.
    return Behaviors.supervise(intake).onFailure(RuntimeException.class,
        SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(10), 0.1));
  }

  private Behavior<Command> idle() {
    return Behaviors.receive(Command.class)
        .onMessage(Received.class, this::handle)
        .build();
  }

  private Behavior<Command> busy() {
    return Behaviors.receive(Command.class)
        .onMessage(Handled.class, this::onHandled)
        .onMessage(Received.class, received -> {
          if (stash.isFull()) {
            context.getLog().warn("Update {} dropped: {} updates already waiting; Telegram will deliver it again",
                received.update().getUpdateId(), STASH_CAPACITY);
          } else {
            stash.stash(received);
          }
          return Behaviors.same();
        })
        .build();
  }

  private Behavior<Command> handle(Received received) {
    long updateId = received.update().getUpdateId();
    CompletableFuture<Boolean> recorded = CompletableFuture
        .supplyAsync(() -> store.isProcessed(updateId), blocking)
        .thenCompose(known -> known
            ? CompletableFuture.completedFuture(false)
            : replies(received.update())
                .thenApplyAsync(replies -> store.commitUpdate(updateId, replies), blocking));
    context.pipeToSelf(recorded, (ok, error) -> new Handled(received, Boolean.TRUE.equals(ok), error));
    return busy();
  }

  /** The router's replies; if it fails, an apology to the chat instead (the update is still handled). */
  private CompletableFuture<List<OutgoingMessage>> replies(Update update) {
    CompletableFuture<List<OutgoingMessage>> routed;
    try {
      routed = router.route(update).toCompletableFuture();
    } catch (RuntimeException e) {
      routed = CompletableFuture.failedFuture(e);
    }
    return routed.exceptionally(error -> {
      log.error("Update {} could not be routed; the chat gets an apology", update.getUpdateId(), error);
      Optional<String> chat = UpdateFacts.chatId(update);
      return chat.map(c -> List.of(OutgoingMessage.text(c,
          templates.text(UpdateFacts.language(update), "error.generic")))).orElse(List.of());
    });
  }

  private Behavior<Command> onHandled(Handled handled) {
    long updateId = handled.received().update().getUpdateId();
    if (handled.failure() != null) {
      context.getLog().error("Update {} could not be recorded; it will be handled when Telegram delivers it again",
          updateId, handled.failure());
    } else {
      offset.acknowledge(updateId);
      if (handled.recorded()) {
        sender.tell(TelegramSender.Wake.INSTANCE);
      } else {
        context.getLog().info("Update {} was already handled: ignored", updateId);
      }
      if (handled.received().replyTo() != null) {
        handled.received().replyTo().tell(Done.getInstance());
      }
    }
    return stash.unstash(idle(), 1, message -> message);
  }
}
