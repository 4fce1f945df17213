package org.relance.telegram;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.Party;
import org.relance.common.WireNames;

import java.util.List;
import java.util.Optional;

/**
 * One thing the bot says, as the sender keeps it in its outbox: a new message (with optional
 * inline buttons), a new text for a message it sent before, the answer to a button press, or a
 * document or a photo (a file by reference, read by the sender through its {@link DocumentSource} when it
 * sends it, so the outbox keeps no bytes; {@code text} is then its caption).
 * {@code caseId}, when present, names the debtor case the delivery is reported to, and {@code party}
 * whom the case's journal records it as sent to (null in outbox rows written before it was kept).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutgoingMessage(Kind kind, String chatId, String text, List<List<Button>> buttons,
                              Integer editMessageId, String callbackQueryId, String caseId, Document document,
                              Party party) {

  /** What the Bot API is asked to do. */
  public enum Kind {
    MESSAGE, EDIT, CALLBACK_ANSWER, DOCUMENT, PHOTO;

    @JsonValue
    public String wire() {
      return WireNames.of(this);
    }

    /** Whether the message carries a file (a document, a photo) read from the {@link DocumentSource}. */
    public boolean sendsAFile() {
      return this == DOCUMENT || this == PHOTO;
    }

    @JsonCreator
    public static Kind parse(String text) {
      return WireNames.parse(Kind.class, text, "kind");
    }
  }

  /** An inline button: its label and the data Telegram sends back when it is pressed. */
  public record Button(String label, String data) {}

  /**
   * A file to send: {@code reference} names it for the {@link DocumentSource} (e.g. a stored letter),
   * {@code fileName} is what the reader sees.
   */
  public record Document(String reference, String fileName) {}

  public OutgoingMessage {
    buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    if (chatId == null || chatId.isBlank()) {
      throw new IllegalArgumentException("An outgoing message needs a chat id");
    }
    if (kind.sendsAFile() != (document != null)) {
      throw new IllegalArgumentException("A document or a photo, and only they, name a file to send");
    }
  }

  /** A message without a file (the shape every kind but a document or a photo has), for no case. */
  public OutgoingMessage(Kind kind, String chatId, String text, List<List<Button>> buttons, Integer editMessageId,
                         String callbackQueryId) {
    this(kind, chatId, text, buttons, editMessageId, callbackQueryId, null, null, null);
  }

  public static OutgoingMessage text(String chatId, String text) {
    return new OutgoingMessage(Kind.MESSAGE, chatId, text, List.of(), null, null);
  }

  public static OutgoingMessage withButtons(String chatId, String text, List<List<Button>> buttons) {
    return new OutgoingMessage(Kind.MESSAGE, chatId, text, buttons, null, null);
  }

  public static OutgoingMessage edit(String chatId, int messageId, String text) {
    return new OutgoingMessage(Kind.EDIT, chatId, text, List.of(), messageId, null);
  }

  /** Stops the spinner on a pressed button ({@code text} may be null: nothing shown). */
  public static OutgoingMessage callbackAnswer(String chatId, String callbackQueryId, String text) {
    return new OutgoingMessage(Kind.CALLBACK_ANSWER, chatId, text, List.of(), null, callbackQueryId);
  }

  /** A document with its caption and buttons. */
  public static OutgoingMessage document(String chatId, Document document, String caption,
                                         List<List<Button>> buttons) {
    return new OutgoingMessage(Kind.DOCUMENT, chatId, caption, buttons, null, null, null, document, null);
  }

  /** A picture (a PNG by reference, the {@link Document} naming it) with its caption. */
  public static OutgoingMessage photo(String chatId, Document picture, String caption) {
    return new OutgoingMessage(Kind.PHOTO, chatId, caption, List.of(), null, null, null, picture, null);
  }

  /** The same message, to the case's debtor, reported to that case's journal. */
  public OutgoingMessage forCase(String caseId) {
    return new OutgoingMessage(kind, chatId, text, buttons, editMessageId, callbackQueryId, caseId, document,
        Party.DEBTOR);
  }

  /** The same message, to the owner of the case's business, reported to that case's journal as such. */
  public OutgoingMessage forOwnerOfCase(String caseId) {
    return new OutgoingMessage(kind, chatId, text, buttons, editMessageId, callbackQueryId, caseId, document,
        Party.OWNER);
  }

  /** What the case journal keeps of it: the text, and for a document its file name. */
  public String journalText() {
    return document == null ? text : (text == null ? "" : text + "\n") + "[" + document.fileName() + "]";
  }

  public Optional<String> caseIdIfAny() {
    return Optional.ofNullable(caseId);
  }

  /** Whether Telegram's per-chat message limit applies (button answers are not chat messages). */
  boolean countsAgainstChatLimit() {
    return kind != Kind.CALLBACK_ANSWER;
  }
}
