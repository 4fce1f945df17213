package org.relance.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.relance.common.Language;
import org.relance.messages.MessageTemplates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Throws generated Telegram updates at the running service's webhook: owners in their bound chats
 * (commands, answers to the guided flows, their own buttons and forged ones), debtors in bound chats
 * (sentences with absurd amounts and dates, verification answers, buttons), strangers (private and
 * group chats, {@code /start} with real and forged links), a few redeliveries and spoilt envelopes.
 * The webhook answers once the intake has routed the update and stored the replies, so each update
 * is checked on its own: the webhook answered 200 (a 503 is delivered again, as Telegram does, up to
 * six times, a little later each time, where Telegram goes on for hours; 400 for a spoilt envelope), a person in a private
 * chat got an answer, no answer names internals, and the router never failed (the apology).
 */
public final class ChatBarrage {

  /** The chats the barrage plays, by role. */
  public record Chats(List<TelegramUpdates.Chat> owners, List<TelegramUpdates.Chat> debtors,
                      List<TelegramUpdates.Chat> strangers) {}

  private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  /** How many of the latest handled updates may be delivered again (a soak must not keep them all). */
  private static final int REDELIVERABLE = 1_000;
  /** How many times an update answered 503 is delivered again, as Telegram does, before it counts as failed. */
  private static final int REDELIVERIES = 6;

  private final HostileClient client;
  private final String webhookPath;
  private final String secret;
  private final HostileStrings strings;
  private final TelegramUpdates updates;
  private final ChatInputs inputs;
  private final Outbox outbox;
  private final Tally tally;
  private final Chats chats;
  private final List<String> caseIds;
  private final List<String> invitationTokens;
  private final Set<String> apologies;
  private final Map<Long, List<String>> buttons = new HashMap<>();
  private final List<ObjectNode> handled = new ArrayList<>();

  /** An update the webhook took, and the texts of what its chat got then. */
  public ChatBarrage(HostileClient client, String webhookPath, String secret, HostileStrings strings, Outbox outbox,
                     Tally tally, Chats chats, List<String> caseIds, List<String> invitationTokens) {
    this.client = client;
    this.webhookPath = webhookPath;
    this.secret = secret;
    this.strings = strings;
    this.updates = new TelegramUpdates(strings);
    this.inputs = new ChatInputs(strings);
    this.outbox = outbox;
    this.tally = tally;
    this.chats = chats;
    this.caseIds = List.copyOf(caseIds);
    this.invitationTokens = List.copyOf(invitationTokens);
    MessageTemplates templates = MessageTemplates.load();
    this.apologies = Set.of(templates.text(Language.FR, "error.generic"), templates.text(Language.EN, "error.generic"));
  }

  /** Sends generated updates, one after the other, as long as the quota hands out inputs. */
  public void fire(Quota quota) {
    while (quota.take()) {
      int roll = strings.random().nextInt(100);
      if (roll < 40) {
        play("owner", strings.pick(chats.owners()));
      } else if (roll < 80) {
        play("debtor", strings.pick(chats.debtors()));
      } else if (roll < 92) {
        play("stranger", strings.pick(chats.strangers()));
      } else if (roll < 96 && !handled.isEmpty()) {
        redeliver(strings.pick(handled));
      } else {
        spoiltEnvelope();
      }
    }
  }

  /** Opens an owner's chat with their invitation link, as an owner would (checked like any update); the answers. */
  public List<Outbox.Row> bindOwner(TelegramUpdates.Chat chat, String invitationToken) {
    return send("owner", "/start", chat, updates.text(chat, "/start " + invitationToken), true);
  }

  private void play(String role, TelegramUpdates.Chat chat) {
    List<String> shown = buttons.getOrDefault(chat.id(), List.of());
    if (strings.random().nextInt(25) == 0) {
      ObjectNode update = updates.withoutText(chat);
      send(role, "no text", chat, update, !chat.group() && update.has("message")); // an edit gets no answer
      return;
    }
    ChatInputs.Input input = switch (role) {
      case "owner" -> inputs.owner(shown, caseIds);
      case "debtor" -> inputs.debtor(shown, caseIds, invitationTokens);
      default -> inputs.stranger(invitationTokens);
    };
    ObjectNode update = input.press() ? updates.press(chat, input.value()) : updates.text(chat, input.value());
    String route = input.press() ? "button" : input.value().startsWith("/") ? "command" : "text";
    send(role, route, chat, update, !chat.group());
  }

  /** Sends one update and checks what came of it; its answers in the update's chat. */
  private List<Outbox.Row> send(String role, String route, TelegramUpdates.Chat chat, ObjectNode update,
                                boolean answerExpected) {
    String body = update.toString();
    HostileClient.Reply reply = post(body);
    tally.answered(role, reply.statusName(), reply.took());
    for (int again = 1; reply.status() == 503 && again <= REDELIVERIES; again++) {
      pause(again);
      reply = post(body); // "not recorded yet; deliver again": Telegram does, a little later
      tally.answered(role, reply.statusName() + " (delivered again)", reply.took());
    }
    if (reply.status() != 200) {
      tally.failed(role, route, "webhook answered " + reply.statusName(), body, reply.body());
      return List.of();
    }
    if (reply.took().compareTo(HostileClient.SLOW) > 0) {
      tally.failed(role, route, "answered after more than " + HostileClient.SLOW.toSeconds() + " s", body);
    }
    List<Outbox.Row> rows = outbox.newRows();
    long updateId = update.path("update_id").asLong();
    List<Outbox.Row> answers = rows.stream()
        .filter(r -> r.updateId() == updateId && r.chatId().equals(Long.toString(chat.id()))).toList();
    handled.add(update);
    if (handled.size() > REDELIVERABLE) {
      handled.remove(0);
    }
    if (answerExpected && answers.isEmpty()) {
      tally.failed(role, route, "no answer in a private chat", body);
    }
    if (!answers.isEmpty()) {
      List<String> data = answers.stream().flatMap(r -> r.buttonData().stream()).toList();
      if (!data.isEmpty()) {
        buttons.put(chat.id(), data);
      }
    }
    checkTexts(role, route, rows, body);
    return answers;
  }

  private void checkTexts(String role, String route, List<Outbox.Row> rows, String input) {
    for (Outbox.Row row : rows) {
      InternalsLeak.in(row.readable()).ifPresent(leak -> tally.failed(role, route, "a reply names internals ("
          + leak + ")", input, row.readable()));
      if (apologies.contains(row.text())) {
        tally.failed(role, route, "the router failed (the chat got the apology)", input);
      }
    }
  }

  /**
   * Telegram delivers an update again: acknowledged, answered no second time. Every reply names the
   * update it answers, so a second batch of replies to this update is a second answer, whatever
   * notices the barrage's other clients caused meanwhile.
   */
  private void redeliver(ObjectNode first) {
    String body = first.toString();
    HostileClient.Reply reply = post(body);
    tally.answered("webhook", reply.statusName(), reply.took());
    if (reply.status() != 200) {
      tally.failed("webhook", "redelivery", "answered " + reply.statusName(), body);
    }
    long updateId = first.path("update_id").asLong();
    outbox.newRows().stream().filter(r -> r.updateId() == updateId).findFirst().ifPresent(again ->
        tally.failed("webhook", "redelivery", "a redelivered update was answered again", body, again.readable()));
  }

  /** A body that is no update: refused with 400, never 5xx. */
  private void spoiltEnvelope() {
    String body = updates.spoiltEnvelope();
    HostileClient.Reply reply = post(body);
    tally.answered("webhook", reply.statusName(), reply.took());
    if (reply.status() != 400) {
      tally.failed("webhook", "spoilt envelope", "answered " + reply.statusName() + " (400 expected)", body,
          reply.body());
    }
    InternalsLeak.in(reply.body()).ifPresent(leak -> tally.failed("webhook", "spoilt envelope",
        "answer names internals (" + leak + ")", body, reply.body()));
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(500L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HostileClient.Reply post(String body) {
    return client.send("POST", webhookPath, body, Map.of(SECRET_HEADER, secret));
  }
}
