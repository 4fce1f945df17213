package org.relance.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.messages.MessageTemplates;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A photo, a sticker or a location in a private chat that no side answered gets the courteous note. */
class TextOnlyNoteTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MessageTemplates TEMPLATES = MessageTemplates.load();

  private static Update update(long chat, String type, String content) throws Exception {
    return JSON.readValue("""
        {"update_id": 7, "message": {"message_id": 3, "date": 1795000000,
          "chat": {"id": %d, "type": "%s"}, "from": {"id": 42, "is_bot": false, "first_name": "Camille",
          "language_code": "fr"}, %s}}""".formatted(chat, type, content), Update.class);
  }

  private static List<OutgoingMessage> routed(ChatRouter inner, Update update) {
    return new TextOnlyNote(inner, TEMPLATES).route(update).toCompletableFuture().join();
  }

  private static final ChatRouter SILENT = u -> CompletableFuture.completedFuture(List.of());

  @Test
  void somethingUnreadableInAPrivateChatIsAnsweredInThePersonsLanguage() throws Exception {
    for (String content : List.of("\"photo\": [{\"file_id\": \"p\", \"file_unique_id\": \"u\", \"width\": 1, \"height\": 1}]",
        "\"location\": {\"latitude\": 48.85, \"longitude\": 2.35}", "\"text\": \"\"",
        "\"sticker\": {\"file_id\": \"s\", \"file_unique_id\": \"u\", \"type\": \"regular\", \"width\": 1,"
            + " \"height\": 1, \"is_animated\": false, \"is_video\": false}")) {
      List<OutgoingMessage> answers = routed(SILENT, update(42, "private", content));
      assertEquals(List.of(TEMPLATES.text(Language.FR, "chat.text_only")),
          answers.stream().map(OutgoingMessage::text).toList(), content);
      assertEquals("42", answers.get(0).chatId());
    }
  }

  @Test
  void anAnswerOfTheBotOrAGroupChatNeedsNoNote() throws Exception {
    OutgoingMessage reply = OutgoingMessage.text("42", "Merci, c'est noté.");
    ChatRouter answering = u -> CompletableFuture.completedFuture(List.of(reply));
    String location = "\"location\": {\"latitude\": 48.85, \"longitude\": 2.35}";
    assertEquals(List.of(reply), routed(answering, update(42, "private", location)));
    assertEquals(List.of(), routed(SILENT, update(-42, "group", location)));
    assertEquals(List.of(), routed(SILENT, update(42, "private", "\"text\": \"bonjour\"")));
  }
}
