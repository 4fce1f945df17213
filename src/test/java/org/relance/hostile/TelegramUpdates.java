package org.relance.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Telegram updates as the Bot API posts them to the webhook: a text message, a button press, a
 * message without text; and spoilt envelopes (no {@code update_id}, wrong types, not JSON at all)
 * that the webhook must refuse with 400. Each update gets a fresh {@code update_id}.
 */
public final class TelegramUpdates {

  /** A chat as a person uses it: its id, private or group, the person's language code (may be null). */
  public record Chat(long id, boolean group, String language) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Sent on the Bot API's behalf: a fixed instant, the service reads the simulated clock anyway. */
  private static final long DATE = 1_795_000_000L;
  private static final List<String> SPOILT_ENVELOPES = List.of("", "null", "[]", "{}", "{\"update_id\": \"x\"}",
      "{\"update_id\": null, \"message\": {}}", "{\"update_id\": 1e5000000}", "{\"update_id\": -1, \"message\": 7}",
      "{\"update_id\": 5, \"message\": {\"chat\": \"x\"}}", "not json", "{\"update_id\": 9223372036854775808}",
      "{\"update_id\": 6, \"callback_query\": []}", "[".repeat(5_000));

  private final HostileStrings strings;
  private long nextUpdateId = 1_000_000;
  private long nextMessageId = 1;

  public TelegramUpdates(HostileStrings strings) {
    this.strings = strings;
  }

  /** A text message in the chat. */
  public ObjectNode text(Chat chat, String text) {
    ObjectNode message = message(chat, nextMessageId++);
    message.put("text", text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
          .put("length", end < 0 ? text.length() : end);
    }
    return update("message", message);
  }

  /** A press on a button carrying {@code data} (null: a press without data) under an earlier message. */
  public ObjectNode press(Chat chat, String data) {
    ObjectNode query = NODES.objectNode();
    query.put("id", "cb" + nextUpdateId);
    query.set("from", user(chat));
    query.set("message", message(chat, Math.max(1, nextMessageId - 1)).put("text", "…"));
    query.put("chat_instance", "hostile-" + chat.id());
    if (data != null) {
      query.put("data", data);
    }
    return update("callback_query", query);
  }

  /** A message with no text: a sticker, a location, a contact, an edited message... */
  public ObjectNode withoutText(Chat chat) {
    ObjectNode message = message(chat, nextMessageId++);
    switch (strings.random().nextInt(4)) {
      case 0 -> message.putObject("location").put("latitude", 48.85).put("longitude", 2.35);
      case 1 -> message.putObject("contact").put("phone_number", strings.nextText()).put("first_name", "X");
      case 2 -> message.put("caption", strings.nextText());
      default -> {
        message.put("text", strings.nextText());
        return update("edited_message", message);
      }
    }
    return update("message", message);
  }

  /** A body the webhook must refuse: not JSON, or JSON that is not an update. */
  public String spoiltEnvelope() {
    return strings.pick(SPOILT_ENVELOPES);
  }

  private ObjectNode update(String kind, JsonNode payload) {
    ObjectNode update = NODES.objectNode();
    update.put("update_id", nextUpdateId++);
    update.set(kind, payload);
    return update;
  }

  private ObjectNode message(Chat chat, long messageId) {
    ObjectNode message = NODES.objectNode();
    message.put("message_id", messageId);
    message.put("date", DATE);
    ObjectNode c = message.putObject("chat").put("id", chat.id()).put("type", chat.group() ? "group" : "private");
    if (chat.group()) {
      c.put("title", "Group " + chat.id());
    } else {
      c.put("first_name", "User " + chat.id());
    }
    message.set("from", user(chat));
    return message;
  }

  private ObjectNode user(Chat chat) {
    ObjectNode user = NODES.objectNode().put("id", Math.abs(chat.id())).put("is_bot", false)
        .put("first_name", strings.random().nextInt(20) == 0 ? strings.nextText() : "Camille");
    if (chat.language() != null) {
      user.put("language_code", chat.language());
    }
    return user;
  }
}
