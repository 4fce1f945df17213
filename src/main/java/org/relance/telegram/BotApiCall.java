package org.relance.telegram;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Makes the one blocking Bot API call an {@link OutgoingMessage} needs and says what happened, in
 * the terms the sender decides on: delivered, told to wait, surely not sent, perhaps sent, or
 * refused for good. A document's or a photo's bytes are read from the {@link DocumentSource} just before
 * the call (multipart {@code sendDocument}, {@code sendPhoto}); a reference that names nothing is refused for good.
 */
final class BotApiCall {

  /** The outcome of one attempt. */
  sealed interface Outcome {}

  /** Telegram acknowledged it; {@code messageId} is 0 when Telegram returns no message. */
  record Delivered(long messageId) implements Outcome {}

  /** 429: nothing was sent; wait this long before the next call. */
  record RetryAfter(Duration delay) implements Outcome {}

  /** The request never reached Telegram, or Telegram failed before acting (5xx): safe to retry. */
  record NotSent(String reason) implements Outcome {}

  /** The request went out and no answer came back: Telegram may have delivered it. */
  record Unknown(String reason) implements Outcome {}

  /** Telegram refused it (blocked by the user, chat not found...): retrying would not help. */
  record Refused(String reason) implements Outcome {}

  private final TelegramClient client;
  private final DocumentSource documents;

  BotApiCall(TelegramClient client, DocumentSource documents) {
    this.client = client;
    this.documents = documents;
  }

  Outcome attempt(OutgoingMessage message) {
    try {
      if (message.kind().sendsAFile()) {
        Optional<byte[]> file = documents.read(message.document().reference());
        if (file.isEmpty()) {
          return new Refused("no file " + message.document().reference() + " to send");
        }
        return new Delivered(sendFile(message, file.get()).getMessageId());
      }
      Serializable answer = execute(message);
      return new Delivered(answer instanceof Message sent ? sent.getMessageId() : 0);
    } catch (TelegramApiRequestException e) {
      return classifyApiError(e);
    } catch (TelegramApiException e) {
      return classifyTransportError(e);
    }
  }

  private Serializable execute(OutgoingMessage message) throws TelegramApiException {
    return switch (message.kind()) {
      case MESSAGE -> client.execute(SendMessage.builder().chatId(message.chatId()).text(message.text())
          .replyMarkup(keyboard(message.buttons())).build());
      case EDIT -> client.execute(EditMessageText.builder().chatId(message.chatId())
          .messageId(message.editMessageId()).text(message.text()).replyMarkup(keyboard(message.buttons())).build());
      case CALLBACK_ANSWER -> client.execute(AnswerCallbackQuery.builder()
          .callbackQueryId(message.callbackQueryId()).text(message.text()).build());
      case DOCUMENT, PHOTO -> throw new IllegalArgumentException("a file is sent with its bytes");
    };
  }

  private Message sendFile(OutgoingMessage message, byte[] file) throws TelegramApiException {
    InputFile input = new InputFile(new ByteArrayInputStream(file), message.document().fileName());
    if (message.kind() == OutgoingMessage.Kind.PHOTO) {
      return client.execute(SendPhoto.builder().chatId(message.chatId()).photo(input).caption(message.text())
          .replyMarkup(keyboard(message.buttons())).build());
    }
    return client.execute(SendDocument.builder().chatId(message.chatId()).document(input)
        .caption(message.text()).replyMarkup(keyboard(message.buttons())).build());
  }

  private static InlineKeyboardMarkup keyboard(List<List<OutgoingMessage.Button>> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    return new InlineKeyboardMarkup(rows.stream()
        .map(row -> new InlineKeyboardRow(row.stream()
            .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
            .toList()))
        .toList());
  }

  private static Outcome classifyApiError(TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    if (code == null) {
      return classifyTransportError(e);
    }
    if (code == 429) {
      Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      return new RetryAfter(Duration.ofSeconds(seconds == null ? 1 : Math.max(1, seconds)));
    }
    if (code >= 500) {
      return new NotSent("Telegram error " + code + ": " + e.getApiResponse());
    }
    return new Refused("Telegram refused (" + code + "): " + e.getApiResponse());
  }

  /**
   * No answer: if the connection was never made the message surely did not leave; any other
   * I/O failure (dropped connection, read timeout) happened after the request may have been read.
   */
  private static Outcome classifyTransportError(TelegramApiException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException) {
        return new NotSent("cannot reach Telegram: " + cause);
      }
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        return new Unknown("no answer from Telegram: " + cause);
      }
    }
    return new Unknown("unexpected failure: " + e);
  }
}
