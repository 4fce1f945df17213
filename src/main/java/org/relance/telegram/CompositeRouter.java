package org.relance.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A router made of parts tried in order (the owner's side, then the debtor's...), each taking the
 * updates of the chats it knows and leaving the others; an update no part takes goes to the
 * fallback (the {@link WelcomeRouter}).
 */
public final class CompositeRouter implements ChatRouter {

  /** One side of the bot: the answer to an update of a chat it knows, or empty to leave it to the next. */
  @FunctionalInterface
  public interface Part {
    CompletionStage<Optional<List<OutgoingMessage>>> tryRoute(Update update);
  }

  private final List<Part> parts;
  private final ChatRouter fallback;

  public CompositeRouter(List<Part> parts, ChatRouter fallback) {
    this.parts = List.copyOf(parts);
    this.fallback = fallback;
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> route(Update update) {
    return tryFrom(0, update);
  }

  private CompletionStage<List<OutgoingMessage>> tryFrom(int index, Update update) {
    if (index == parts.size()) {
      return fallback.route(update);
    }
    return parts.get(index).tryRoute(update).thenCompose(answer -> answer
        .<CompletionStage<List<OutgoingMessage>>>map(CompletableFuture::completedFuture)
        .orElseGet(() -> tryFrom(index + 1, update)));
  }
}
