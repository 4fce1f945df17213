package org.relance.telegram;

import org.relance.common.Language;
import org.relance.messages.MessageTemplates;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The answer to a chat the service does not know yet: in a private chat, anything but {@code /help}
 * gets the greeting (what Relance is, and that the business will send a personal link) with a
 * "learn more" button and a "set up my account" button for a business owner (the owner's side
 * takes that press and starts the sign-up); {@code /help} and "learn more" get the help text. In a group only
 * {@code /start} and {@code /help} are answered. Language: the person's Telegram language.
 */
public final class WelcomeRouter implements ChatRouter {

  /** Callback data of the "learn more" button. */
  public static final String HELP_BUTTON = "help";
  /** Callback data of the "I run a business: set up my account" button (the owner's side answers it). */
  public static final String SIGN_UP_BUTTON = "sign_up";

  private final MessageTemplates templates;

  public WelcomeRouter(MessageTemplates templates) {
    this.templates = templates;
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> route(Update update) {
    return CompletableFuture.completedFuture(answer(update));
  }

  private List<OutgoingMessage> answer(Update update) {
    String chat = UpdateFacts.chatId(update).orElse(null);
    if (chat == null) {
      return List.of();
    }
    Language language = UpdateFacts.language(update);
    if (update.hasCallbackQuery()) {
      OutgoingMessage stopSpinner = OutgoingMessage.callbackAnswer(chat, update.getCallbackQuery().getId(), null);
      return HELP_BUTTON.equals(update.getCallbackQuery().getData())
          ? List.of(stopSpinner, help(chat, language))
          : List.of(stopSpinner);
    }
    String command = UpdateFacts.command(update).orElse("");
    if (command.equals("help")) {
      return List.of(help(chat, language));
    }
    if (command.equals("start") || (UpdateFacts.isPrivateChat(update) && update.getMessage().hasText())) {
      return List.of(greeting(chat, language, UpdateFacts.firstName(update), UpdateFacts.isPrivateChat(update)));
    }
    return List.of();
  }

  /** The greeting; in a private chat, with the button that signs a business up. */
  private OutgoingMessage greeting(String chat, Language language, String firstName, boolean privateChat) {
    String text = templates.text(language, "welcome.greeting", Map.of("first_name", firstName));
    List<List<OutgoingMessage.Button>> buttons = new java.util.ArrayList<>();
    buttons.add(List.of(new OutgoingMessage.Button(templates.text(language, "button.help"), HELP_BUTTON)));
    if (privateChat) {
      buttons.add(List.of(new OutgoingMessage.Button(templates.text(language, "button.sign_up"), SIGN_UP_BUTTON)));
    }
    return OutgoingMessage.withButtons(chat, text, buttons);
  }

  private OutgoingMessage help(String chat, Language language) {
    return OutgoingMessage.text(chat, templates.text(language, "help.text"));
  }
}
