package org.relance.debtorchat;

import org.relance.common.Language;
import org.relance.dialogue.Channel;
import org.relance.dialogue.DebtorDialogue;
import org.relance.dialogue.DebtorTexts;
import org.relance.dialogue.DebtorTurn;
import org.relance.invitations.Invitations;
import org.relance.telegram.CompositeRouter;
import org.relance.telegram.OutgoingMessage;
import org.relance.telegram.UpdateFacts;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The debtor's side of the bot, on Telegram: a thin adapter of the {@link DebtorDialogue}. Takes
 * {@code /start <debtor token>} (in a private chat it redeems the link and opens the chat's
 * conversation with the case; a used or expired link, or a group, gets a polite answer and nothing
 * else; the owner's router answers an unknown token and leaves a debtor's to this one), and hands
 * every update of a chat bound to a debtor case to the dialogue as a {@link DebtorTurn}: the chat id is
 * the conversation, {@code tg:<update_id>} the turn id, a button's callback data
 * ({@link TelegramDialogue#CHOICE_DATA} and the choice id) the choice, {@code /help} and any other
 * command the standing choices. The dialogue's reply goes back as Telegram messages
 * ({@link TelegramDialogue#messages}), after the answer that stops a pressed button's spinner.
 */
public final class DebtorRouter implements CompositeRouter.Part {

  private final DebtorDialogue dialogue;
  private final Invitations invitations;
  private final DebtorTexts texts;
  private final Executor blocking;

  DebtorRouter(DebtorDialogue dialogue, Invitations invitations, DebtorTexts texts, Executor blocking) {
    this.dialogue = dialogue;
    this.invitations = invitations;
    this.texts = texts;
    this.blocking = blocking;
  }

  @Override
  public CompletionStage<Optional<List<OutgoingMessage>>> tryRoute(Update update) {
    Optional<String> chat = UpdateFacts.chatId(update);
    if (chat.isEmpty()) {
      return done(Optional.empty());
    }
    Optional<String> token = startToken(update);
    if (token.isPresent()) {
      return UpdateFacts.isPrivateChat(update) ? redeem(update, chat.get(), token.get())
          : done(Optional.of(List.of(OutgoingMessage.text(chat.get(),
              texts.text(UpdateFacts.language(update), "debtor.private_only")))));
    }
    Optional<DebtorTurn> turn = turn(update, chat.get());
    if (turn.isEmpty()) {
      return dialogue.bound(chat.get()).thenApply(bound -> bound ? Optional.of(List.of()) : Optional.empty());
    }
    return dialogue.take(turn.get()).thenApply(reply -> reply.map(r -> {
      List<OutgoingMessage> messages = new ArrayList<>();
      if (update.hasCallbackQuery()) {
        messages.add(OutgoingMessage.callbackAnswer(chat.get(), update.getCallbackQuery().getId(), null));
      }
      messages.addAll(TelegramDialogue.messages(r));
      return messages;
    }));
  }

  /**
   * The update as the dialogue's turn: a button pressed (data not the dialogue's: an empty choice), a
   * command, or words; nothing for any other update (a photo, a sticker).
   */
  private static Optional<DebtorTurn> turn(Update update, String chat) {
    String turnId = Channel.TELEGRAM.turnId(String.valueOf(update.getUpdateId()));
    Language hint = UpdateFacts.language(update);
    if (update.hasCallbackQuery()) {
      String data = update.getCallbackQuery().getData();
      String choice = data != null && data.startsWith(TelegramDialogue.CHOICE_DATA)
          ? data.substring(TelegramDialogue.CHOICE_DATA.length()) : "";
      return Optional.of(DebtorTurn.choice(Channel.TELEGRAM, chat, turnId, choice, hint));
    }
    if (!update.hasMessage() || !update.getMessage().hasText()) {
      return Optional.empty();
    }
    String text = update.getMessage().getText();
    Optional<String> command = UpdateFacts.command(update);
    return Optional.of(new DebtorTurn(Channel.TELEGRAM, chat, turnId, text,
        command.map(c -> c.equals("help") ? DebtorTurn.HELP : DebtorTurn.RECAP).orElse(null), hint));
  }

  private CompletionStage<Optional<List<OutgoingMessage>>> redeem(Update update, String chat, String token) {
    Language hint = UpdateFacts.language(update);
    return CompletableFuture.supplyAsync(() -> invitations.redeem(token, Invitations.Kind.DEBTOR, chat), blocking)
        .thenCompose(redemption -> {
          if (redemption.refusal() == Invitations.Refusal.OTHER_KIND) {
            return done(Optional.empty());
          }
          if (!redemption.accepted()) {
            String id = redemption.refusal() == Invitations.Refusal.UNKNOWN ? "owner.invitation.unknown"
                : "debtor.invitation." + redemption.refusal().name().toLowerCase(Locale.ROOT);
            return done(Optional.of(List.of(OutgoingMessage.text(chat, texts.text(hint, id)))));
          }
          return dialogue.open(Channel.TELEGRAM, chat, Channel.TELEGRAM.turnId(String.valueOf(update.getUpdateId())),
              redemption.caseId(), DebtorDialogue.Proof.LINK, hint)
              .thenApply(reply -> Optional.of(TelegramDialogue.messages(reply)));
        });
  }

  /** The token of {@code /start <token>}, in any chat. */
  private static Optional<String> startToken(Update update) {
    if (!UpdateFacts.command(update).orElse("").equals("start")) {
      return Optional.empty();
    }
    String[] words = update.getMessage().getText().strip().split("\\s+", 2);
    return words.length == 2 ? Optional.of(words[1].strip()) : Optional.empty();
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }
}
