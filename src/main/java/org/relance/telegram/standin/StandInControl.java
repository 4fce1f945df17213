package org.relance.telegram.standin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * The stand-in's control endpoints, to play the user from a shell:
 * {@code POST /control/message {"chat_id":1001,"text":"Bonjour","language_code":"fr"}},
 * {@code POST /control/press {"chat_id":1001,"data":"help","message_id":1}},
 * {@code POST /control/faults {"too_many_requests":1,"retry_after":2,"drop":0,"blocked_chat":1001}},
 * {@code GET /control/calls} (everything the bot called, in order).
 */
final class StandInControl {

  private final StandInState state;
  private final ObjectMapper json;

  StandInControl(StandInState state, ObjectMapper json) {
    this.state = state;
    this.json = json;
  }

  void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String action = exchange.getRequestURI().getPath().substring("/control/".length());
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, Object> in;
      try {
        in = body.length == 0 ? Map.of() : json.readValue(body, new TypeReference<>() {});
      } catch (IOException e) {
        reply(exchange, 400, Map.of("error", "the body must be a JSON object: " + e.getMessage()));
        return;
      }
      long chat = BotApiStandIn.number(in.get("chat_id"), 1001);
      long user = BotApiStandIn.number(in.get("user_id"), Math.abs(chat));
      String name = String.valueOf(in.getOrDefault("first_name", "Camille"));
      String language = String.valueOf(in.getOrDefault("language_code", "fr"));
      Object answer = switch (action) {
        case "message" -> Map.of("update_id", state.userWrites(chat, chat < 0, user, name, language,
            String.valueOf(in.getOrDefault("text", ""))));
        case "press" -> Map.of("update_id", state.userPresses(chat, chat < 0, user, name, language,
            String.valueOf(in.getOrDefault("data", "")), BotApiStandIn.number(in.get("message_id"), 1)));
        case "faults" -> {
          state.answerTooManyRequests((int) BotApiStandIn.number(in.get("too_many_requests"), 0),
              (int) BotApiStandIn.number(in.get("retry_after"), 1));
          state.dropAfterRecording((int) BotApiStandIn.number(in.get("drop"), 0));
          if (in.containsKey("blocked_chat")) {
            state.block(BotApiStandIn.number(in.get("blocked_chat"), 0));
          }
          yield Map.of("ok", true);
        }
        case "calls" -> state.calls();
        default -> null;
      };
      reply(exchange, answer == null ? 404 : 200, answer == null ? Map.of("error", "unknown control " + action) : answer);
    }
  }

  private void reply(HttpExchange exchange, int status, Object answer) throws IOException {
    byte[] bytes = json.writeValueAsBytes(answer);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
