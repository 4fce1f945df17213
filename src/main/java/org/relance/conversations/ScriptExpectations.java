package org.relance.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.telegram.standin.StandInState.Call;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Compares one message the bot sent with a script's expectation, and renders it for the transcript. */
final class ScriptExpectations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScriptExpectations() {}

  /** Null when the message is as expected, else what differs (expected, then actual). */
  static String compare(Script.BotTurn expected, Call call, String expectedText) {
    String text = call.text();
    if (expected.document() != null && !(call.method().equals("senddocument")
        && call.document().startsWith("file:" + expected.document() + " ("))) {
      return "is not the document " + expected.document() + ": " + render(call);
    }
    if (expected.photo() != null && !(call.method().equals("sendphoto")
        && call.photo().startsWith("file:" + expected.photo() + " ("))) {
      return "is not the photo " + expected.photo() + ": " + render(call);
    }
    if (expectedText != null && !expectedText.equals(text)) {
      return "differs:\n  expected: " + expectedText.replace("\n", "\\n") + "\n  actual:   " + text.replace("\n", "\\n");
    }
    if (expected.contains() != null && !text.contains(expected.contains())) {
      return "does not contain \"" + expected.contains() + "\":\n  actual: " + text.replace("\n", "\\n");
    }
    if (expected.matches() != null && !Pattern.compile(expected.matches(), Pattern.DOTALL).matcher(text).find()) {
      return "does not match /" + expected.matches() + "/:\n  actual: " + text.replace("\n", "\\n");
    }
    if (expected.buttons() != null && !expected.buttons().equals(buttons(call))) {
      return "has buttons " + buttons(call) + ", expected " + expected.buttons();
    }
    return null;
  }

  static String render(Call call) {
    List<String> buttons = buttons(call);
    return call.text().replace("\n", " / ") + (buttons.isEmpty() ? "" : " " + buttons)
        + (call.document().isEmpty() ? "" : " " + call.document()) + (call.photo().isEmpty() ? "" : " " + call.photo())
        + (call.method().equals("sendmessage") ? "" : " (" + call.method() + ")");
  }

  /** The labels of the inline keyboard sent with a message, row after row. */
  static List<String> buttons(Call call) {
    Object markup = call.params().get("reply_markup");
    List<String> labels = new ArrayList<>();
    if (markup == null) {
      return labels;
    }
    try {
      JsonNode node = markup instanceof String s ? JSON.readTree(s) : JSON.valueToTree(markup);
      for (JsonNode row : node.path("inline_keyboard")) {
        for (JsonNode button : row) {
          labels.add(button.path("text").asText());
        }
      }
    } catch (IOException e) {
      labels.add("(unreadable keyboard: " + e.getMessage() + ")");
    }
    return labels;
  }
}
