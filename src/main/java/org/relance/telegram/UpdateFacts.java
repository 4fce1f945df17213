package org.relance.telegram;

import org.relance.common.Language;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.Locale;
import java.util.Optional;

/** What routers read from any update: the chat, the person, their language, the text or button data. */
public final class UpdateFacts {

  private UpdateFacts() {}

  /** The chat an answer goes to, as the string Telegram's {@code chat_id} takes. */
  public static Optional<String> chatId(Update update) {
    if (update.hasMessage()) {
      return Optional.of(update.getMessage().getChatId().toString());
    }
    if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
      return Optional.of(update.getCallbackQuery().getMessage().getChatId().toString());
    }
    return Optional.empty();
  }

  public static Optional<User> from(Update update) {
    if (update.hasMessage()) {
      return Optional.ofNullable(update.getMessage().getFrom());
    }
    if (update.hasCallbackQuery()) {
      return Optional.ofNullable(update.getCallbackQuery().getFrom());
    }
    return Optional.empty();
  }

  /** French when the person's Telegram speaks French, English otherwise. */
  public static Language language(Update update) {
    String code = from(update).map(User::getLanguageCode).orElse("");
    return code != null && code.toLowerCase(Locale.ROOT).startsWith("fr") ? Language.FR : Language.EN;
  }

  /** The person's first name (Telegram always has one; empty only for updates without a person). */
  public static String firstName(Update update) {
    return from(update).map(User::getFirstName).filter(name -> !name.isBlank()).orElse("");
  }

  public static boolean isPrivateChat(Update update) {
    Message message = update.hasMessage() ? update.getMessage() : null;
    return message != null && message.getChat() != null && message.getChat().isUserChat();
  }

  /** The command of a text message ({@code "/start abc"} → {@code "start"}, {@code "/help@RelanceBot"} → {@code "help"}). */
  public static Optional<String> command(Update update) {
    if (!update.hasMessage() || !update.getMessage().hasText()) {
      return Optional.empty();
    }
    String text = update.getMessage().getText().strip();
    if (!text.startsWith("/")) {
      return Optional.empty();
    }
    String first = text.substring(1).split("\\s+", 2)[0];
    int at = first.indexOf('@');
    return Optional.of((at >= 0 ? first.substring(0, at) : first).toLowerCase(Locale.ROOT));
  }
}
