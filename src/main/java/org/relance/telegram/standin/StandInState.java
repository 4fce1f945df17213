package org.relance.telegram.standin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the stand-in Bot API knows: the updates users "sent" (kept until the bot confirms them with
 * a higher {@code offset}, as Telegram does), every call the bot made, in order, and the faults to
 * play on the next calls that say something (answer 429 with {@code retry_after}, or record the
 * message and drop the connection without answering, or answer late), and the chats whose user blocked the bot (403). Thread-safe; {@code getUpdates} waits here.
 */
public final class StandInState {

  /** One call the bot made: the method's lowercase name, its parameters, and whether it took effect. */
  public record Call(int sequence, String method, Map<String, Object> params, boolean accepted, Instant at) {

    public String chatId() {
      Object chat = params.get("chat_id");
      return chat == null ? "" : chat.toString();
    }

    /** The file sent with sendDocument, as {@code file:<name> (<size> bytes)}; empty for other calls. */
    public String document() {
      Object document = params.get("document");
      return document == null ? "" : document.toString();
    }

    /** The picture sent with sendPhoto, as {@code file:<name> (<size> bytes)}; empty for other calls. */
    public String photo() {
      Object photo = params.get("photo");
      return photo == null ? "" : photo.toString();
    }

    public String text() {
      Object text = params.containsKey("text") ? params.get("text") : params.get("caption");
      return text == null ? "" : text.toString();
    }
  }

  /** What the server does with a call that says something. */
  public enum Fault { NONE, TOO_MANY_REQUESTS, DROP_CONNECTION, BLOCKED }

  private final Map<Long, Map<String, Object>> sentUpdates = new HashMap<>();
  private final List<Map<String, Object>> waiting = new ArrayList<>();
  private final List<Map<String, Object>> redeliveries = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();
  private long nextUpdateId = 1;
  private long nextMessageId = 1;
  private long nextCallbackId = 1;
  private int tooManyRequestsLeft;
  private int retryAfterSeconds = 1;
  private int dropsLeft;
  private int slowLeft;
  private Duration slowFor = Duration.ZERO;
  private final Set<String> blockedChats = new HashSet<>();
  private final Map<String, byte[]> files = new HashMap<>();

  /** A user writes {@code text} in a chat ({@code group} false: the private chat with the user). */
  public synchronized long userWrites(long chatId, boolean group, long userId, String firstName, String language,
                                      String text) {
    Map<String, Object> message = message(chatId, group, nextMessageId++, text);
    message.put("from", user(userId, firstName, language));
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      message.put("entities", List.of(Map.of("type", "bot_command", "offset", 0,
          "length", end < 0 ? text.length() : end)));
    }
    return add("message", message);
  }

  /** A user sends a file ({@code fileName}, {@code bytes}) in a chat; the bot fetches it with getFile and the file path. */
  public synchronized long userSendsDocument(long chatId, long userId, String firstName, String language,
                                             String fileName, String mimeType, byte[] bytes) {
    String fileId = "file" + (files.size() + 1);
    files.put(fileId, bytes.clone());
    Map<String, Object> message = message(chatId, false, nextMessageId++, null);
    message.put("from", user(userId, firstName, language));
    message.put("document", Map.of("file_id", fileId, "file_unique_id", "u" + fileId, "file_name", fileName,
        "mime_type", mimeType, "file_size", bytes.length));
    return add("message", message);
  }

  /** The file a user sent, by its id (getFile's {@code file_path} is {@code documents/<id>}). */
  public synchronized Optional<byte[]> file(String fileId) {
    return Optional.ofNullable(files.get(fileId)).map(byte[]::clone);
  }

  /** A user presses an inline button carrying {@code data} under the bot's message {@code messageId}. */
  public synchronized long userPresses(long chatId, boolean group, long userId, String firstName, String language,
                                       String data, long messageId) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("id", "cb" + nextCallbackId++);
    query.put("from", user(userId, firstName, language));
    query.put("message", message(chatId, group, messageId, null));
    query.put("chat_instance", "standin-" + chatId);
    query.put("data", data);
    return add("callback_query", query);
  }

  /** Delivers an update again, whatever offset the bot confirmed (as after a lost acknowledgement). */
  public synchronized void redeliver(long updateId) {
    Map<String, Object> update = sentUpdates.get(updateId);
    if (update == null) {
      throw new IllegalArgumentException("No update " + updateId + " was ever sent");
    }
    redeliveries.add(update);
    notifyAll();
  }

  public synchronized long lastUpdateId() {
    return nextUpdateId - 1;
  }

  /** The next {@code count} calls that say something are answered 429 with {@code retry_after}. */
  public synchronized void answerTooManyRequests(int count, int retryAfter) {
    tooManyRequestsLeft = count;
    retryAfterSeconds = retryAfter;
  }

  /** The next {@code count} calls that say something are recorded, then their connection is dropped. */
  public synchronized void dropAfterRecording(int count) {
    dropsLeft = count;
  }

  /** The next {@code count} calls that say something are recorded at once but answered only after {@code delay}. */
  public synchronized void answerSlowly(int count, Duration delay) {
    slowLeft = count;
    slowFor = delay;
  }

  /** How long to hold the answer to a call just recorded (zero: answer now). */
  synchronized Duration holdAnswer(boolean saysSomething) {
    if (!saysSomething || slowLeft == 0) {
      return Duration.ZERO;
    }
    slowLeft--;
    return slowFor;
  }

  /** The user of this chat blocks the bot: every message to it is refused with 403 from now on. */
  public synchronized void block(long chatId) {
    blockedChats.add(Long.toString(chatId));
  }

  /** getUpdates: confirms everything below {@code offset}, then answers at once or waits up to {@code timeout}. */
  synchronized List<Map<String, Object>> updates(long offset, int limit, Duration timeout) throws InterruptedException {
    waiting.removeIf(update -> updateId(update) < offset);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (waiting.isEmpty() && redeliveries.isEmpty() && System.nanoTime() < deadline) {
      wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      waiting.removeIf(update -> updateId(update) < offset);
    }
    List<Map<String, Object>> answer = new ArrayList<>(redeliveries);
    redeliveries.clear();
    waiting.stream().limit(Math.max(1, limit)).forEach(answer::add);
    return answer;
  }

  /** Records a call and says which fault, if any, to play; only calls that say something get faults. */
  synchronized Fault record(String method, Map<String, Object> params, boolean saysSomething) {
    Fault fault = Fault.NONE;
    if (saysSomething && blockedChats.contains(String.valueOf(params.get("chat_id")))) {
      fault = Fault.BLOCKED;
    } else if (saysSomething && tooManyRequestsLeft > 0) {
      tooManyRequestsLeft--;
      fault = Fault.TOO_MANY_REQUESTS;
    } else if (saysSomething && dropsLeft > 0) {
      dropsLeft--;
      fault = Fault.DROP_CONNECTION;
    }
    boolean accepted = fault == Fault.NONE || fault == Fault.DROP_CONNECTION;
    calls.add(new Call(calls.size() + 1, method, params, accepted, Instant.now()));
    notifyAll();
    return fault;
  }

  synchronized int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  synchronized long newMessageId() {
    return nextMessageId++;
  }

  /** Every call so far, in order. */
  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Waits up to {@code timeout} for a call matching {@code test} among those from index {@code from} on. */
  public synchronized Optional<Call> awaitCall(int from, Predicate<Call> test, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (int i = from; i < calls.size(); i++) {
        if (test.test(calls.get(i))) {
          return Optional.of(calls.get(i));
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Waits up to {@code timeout} until {@code count} calls match {@code test}; says whether they did. */
  public synchronized boolean awaitCount(Predicate<Call> test, int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (calls.stream().filter(test).count() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  private long add(String kind, Map<String, Object> payload) {
    long id = nextUpdateId++;
    Map<String, Object> update = new LinkedHashMap<>();
    update.put("update_id", id);
    update.put(kind, payload);
    sentUpdates.put(id, update);
    waiting.add(update);
    notifyAll();
    return id;
  }

  private static long updateId(Map<String, Object> update) {
    return ((Number) update.get("update_id")).longValue();
  }

  static Map<String, Object> message(long chatId, boolean group, long messageId, String text) {
    Map<String, Object> chat = new LinkedHashMap<>();
    chat.put("id", chatId);
    chat.put("type", group ? "group" : "private");
    chat.put(group ? "title" : "first_name", group ? "Group " + chatId : "User " + chatId);
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("message_id", messageId);
    message.put("date", Instant.now().getEpochSecond());
    message.put("chat", chat);
    if (text != null) {
      message.put("text", text);
    }
    return message;
  }

  private static Map<String, Object> user(long userId, String firstName, String language) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", userId);
    user.put("is_bot", false);
    user.put("first_name", firstName);
    user.put("language_code", language);
    return user;
  }
}
