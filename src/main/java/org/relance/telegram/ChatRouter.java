package org.relance.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Decides what the bot answers to one update. The intake calls it exactly once per update
 * ({@code update_id}), one update at a time, and records the returned replies in the sender's
 * outbox in the same transaction that marks the update handled. It must not block: anything slow
 * (asking a case entity) completes the stage later. A failed stage is logged and answered with a
 * polite apology; the update still counts as handled.
 */
@FunctionalInterface
public interface ChatRouter {

  CompletionStage<List<OutgoingMessage>> route(Update update);
}
