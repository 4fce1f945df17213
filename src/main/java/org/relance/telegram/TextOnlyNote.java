package org.relance.telegram;

import org.relance.messages.MessageTemplates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Owns the answer to what a person sends in a private chat that the bot cannot read (a photo, a
 * file, a voice message, a sticker, a location, a contact, an empty text): when no side of the bot
 * answered it, a courteous note asks for a few written words, so nothing sent is met with silence.
 * Wraps the bot's router.
 */
public final class TextOnlyNote implements ChatRouter {

  private final ChatRouter router;
  private final MessageTemplates templates;

  public TextOnlyNote(ChatRouter router, MessageTemplates templates) {
    this.router = router;
    this.templates = templates;
  }

  @Override
  public CompletionStage<List<OutgoingMessage>> route(Update update) {
    return router.route(update).thenApply(answers -> {
      if (!sentSomethingUnreadable(update) || answers.stream().anyMatch(a -> a.kind() != OutgoingMessage.Kind.CALLBACK_ANSWER)) {
        return answers;
      }
      List<OutgoingMessage> all = new ArrayList<>(answers);
      all.add(OutgoingMessage.text(update.getMessage().getChatId().toString(),
          templates.text(UpdateFacts.language(update), "chat.text_only")));
      return all;
    });
  }

  /** A message a person sent in a private chat, with content but no text the bot can read. */
  static boolean sentSomethingUnreadable(Update update) {
    if (!update.hasMessage() || !UpdateFacts.isPrivateChat(update) || update.getMessage().hasText()) {
      return false;
    }
    Message m = update.getMessage();
    return m.getText() != null || m.hasPhoto() || m.hasDocument() || m.hasSticker() || m.hasVoice() || m.hasAudio()
        || m.hasVideo() || m.hasVideoNote() || m.hasAnimation() || m.hasContact() || m.hasLocation() || m.hasCaption()
        || m.hasPoll() || m.hasDice();
  }
}
