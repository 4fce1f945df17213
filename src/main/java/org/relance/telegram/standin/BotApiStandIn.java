package org.relance.telegram.standin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for the Telegram Bot API on 127.0.0.1, shipped in the jar for tests, {@code replay} and
 * local try-outs. It answers {@code POST /bot<token>/<method>} (JSON, form or multipart; method names
 * in any case) for getMe, getUpdates (offset, limit, long-poll timeout), sendMessage,
 * editMessageText, answerCallbackQuery, sendDocument, sendPhoto, setMyCommands, setWebhook and
 * deleteWebhook, and records every call in its {@link StandInState}. {@code /control/*} lets a
 * person play the user over HTTP (see {@link StandInControl}).
 */
public final class BotApiStandIn implements AutoCloseable {

  private static final Set<String> SAYS_SOMETHING =
      Set.of("sendmessage", "editmessagetext", "answercallbackquery", "senddocument", "sendphoto");
  private static final Set<String> ANSWERS_TRUE =
      Set.of("answercallbackquery", "setmycommands", "setwebhook", "deletewebhook");
  private static final Set<String> ANSWERS_MESSAGE =
      Set.of("sendmessage", "editmessagetext", "senddocument", "sendphoto");

  /** How long {@link #close} lets the calls in progress (a held getUpdates) end. */
  private static final Duration CLOSING_PATIENCE = Duration.ofSeconds(2);

  private final StandInState state = new StandInState();
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final HttpServer server;
  private final ExecutorService threads;
  private final Object calls = new Object();
  /** The calls being answered (guarded by {@link #calls}); {@link #close} waits for none. */
  private int inProgress;

  private BotApiStandIn(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts on 127.0.0.1:{@code port} (0: any free port). */
  public static BotApiStandIn start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "telegram-standin");
      thread.setDaemon(true);
      return thread;
    });
    BotApiStandIn standIn = new BotApiStandIn(server, threads);
    server.createContext("/", standIn.counted(standIn::handle));
    server.createContext("/control/", standIn.counted(new StandInControl(standIn.state, standIn.json)::handle));
    server.setExecutor(threads);
    server.start();
    return standIn;
  }

  public StandInState state() {
    return state;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL to give the bot as {@code relance.telegram.api-url}. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * Stops, letting a held getUpdates end normally (within 2 s) so the bot's poller sees no error. It
   * waits for the calls in progress itself: the JDK's {@code HttpServer.stop(2)} waits the whole 2 s
   * even when no call is in progress (JDK-8304065, fixed in JDK 21).
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + CLOSING_PATIENCE.toNanos();
    synchronized (calls) {
      long left;
      while (inProgress > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          calls.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    server.stop(0);
    threads.shutdownNow();
  }

  /** The handler, counted in {@link #inProgress} while it answers. */
  private HttpHandler counted(HttpHandler handler) {
    return exchange -> {
      synchronized (calls) {
        inProgress++;
      }
      try {
        handler.handle(exchange);
      } finally {
        synchronized (calls) {
          inProgress--;
          calls.notifyAll();
        }
      }
    };
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String[] parts = exchange.getRequestURI().getPath().split("/");
      if (parts.length == 5 && parts[1].equals("file") && parts[3].equals("documents")) {
        sendFile(exchange, parts[4]);
        return;
      }
      if (parts.length != 3 || !parts[1].startsWith("bot")) {
        reply(exchange, 404, error(404, "Not Found"));
        return;
      }
      String method = parts[2].toLowerCase(Locale.ROOT);
      Map<String, Object> params = params(exchange);
      if (method.equals("getupdates")) {
        reply(exchange, 200, ok(updates(params)));
        return;
      }
      if (method.equals("getme")) {
        reply(exchange, 200, ok(Map.of("id", 424242, "is_bot", true, "first_name", "Relance (stand-in)",
            "username", "relance_standin_bot")));
        return;
      }
      if (method.equals("getfile")) {
        String fileId = String.valueOf(params.get("file_id"));
        Optional<byte[]> file = state.file(fileId);
        reply(exchange, file.isPresent() ? 200 : 400, file.isPresent() ? ok(Map.of("file_id", fileId,
            "file_unique_id", "u" + fileId, "file_size", file.get().length, "file_path", "documents/" + fileId))
            : error(400, "Bad Request: invalid file_id"));
        return;
      }
      if (!ANSWERS_TRUE.contains(method) && !ANSWERS_MESSAGE.contains(method)) {
        reply(exchange, 404, error(404, "Not Found: method " + parts[2] + " is not in the stand-in"));
        return;
      }
      StandInState.Fault fault = state.record(method, params, SAYS_SOMETHING.contains(method));
      Thread.sleep(state.holdAnswer(SAYS_SOMETHING.contains(method)).toMillis());
      switch (fault) {
        case TOO_MANY_REQUESTS -> {
          int seconds = state.retryAfterSeconds();
          Map<String, Object> body = error(429, "Too Many Requests: retry after " + seconds);
          body.put("parameters", Map.of("retry_after", seconds));
          reply(exchange, 429, body);
        }
        case DROP_CONNECTION -> throw new DroppedConnection();
        case BLOCKED -> reply(exchange, 403, error(403, "Forbidden: bot was blocked by the user"));
        case NONE -> reply(exchange, 200, ok(ANSWERS_TRUE.contains(method) ? Boolean.TRUE : sentMessage(method, params)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A file's bytes at {@code /file/bot<token>/documents/<id>}, as Telegram serves what users sent. */
  private void sendFile(HttpExchange exchange, String fileId) throws IOException {
    Optional<byte[]> file = state.file(fileId);
    if (file.isEmpty()) {
      reply(exchange, 404, error(404, "Not Found"));
      return;
    }
    exchange.sendResponseHeaders(200, file.get().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(file.get());
    }
  }

  private List<Map<String, Object>> updates(Map<String, Object> params) throws InterruptedException {
    long offset = number(params.get("offset"), 0);
    int limit = (int) number(params.get("limit"), 100);
    long timeout = number(params.get("timeout"), 0);
    return state.updates(offset, limit, Duration.ofSeconds(timeout));
  }

  private Map<String, Object> sentMessage(String method, Map<String, Object> params) {
    long chatId = number(params.get("chat_id"), 0);
    long messageId = method.equals("editmessagetext") ? number(params.get("message_id"), 0) : state.newMessageId();
    Map<String, Object> message = StandInState.message(chatId, chatId < 0, messageId,
        (String) params.getOrDefault("text", null));
    if (params.containsKey("caption")) {
      message.put("caption", params.get("caption"));
    }
    return message;
  }

  private Map<String, Object> params(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
    Map<String, Object> params = new LinkedHashMap<>(form(exchange.getRequestURI().getRawQuery()));
    if (type.startsWith("application/json") && body.length > 0) {
      params.putAll(json.readValue(body, new TypeReference<Map<String, Object>>() {}));
    } else if (type.startsWith("multipart/form-data")) {
      params.putAll(Multipart.fields(body, type));
    } else if (body.length > 0) {
      params.putAll(form(new String(body, StandardCharsets.UTF_8)));
    }
    return params;
  }

  private static Map<String, Object> form(String encoded) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      fields.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  static long number(Object value, long fallback) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value == null || value.toString().isBlank() ? fallback : Long.parseLong(value.toString().trim());
  }

  private static Map<String, Object> ok(Object result) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", true);
    body.put("result", result);
    return body;
  }

  private static Map<String, Object> error(int code, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", false);
    body.put("error_code", code);
    body.put("description", description);
    return body;
  }

  void reply(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Thrown after recording a message so the HTTP server closes the connection without an answer. */
  private static final class DroppedConnection extends RuntimeException {
    DroppedConnection() {
      super("stand-in: connection dropped on purpose after recording the call", null, false, false);
    }
  }
}
