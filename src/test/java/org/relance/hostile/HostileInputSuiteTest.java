package org.relance.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.Relance;
import org.relance.common.Language;
import org.relance.conversations.Script;
import org.relance.conversations.ScriptRunner;
import org.relance.dialogue.DebtorChats;
import org.relance.owner.OwnerChats;
import org.relance.telegram.standin.BotApiStandIn;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile-input suite: the real service (H2 in a temporary directory, the simulated clock, the
 * bot in webhook mode against the Bot API stand-in) takes {@code hostile.inputs} generated inputs
 * (10,000 by default; seed {@code hostile.seed}; within {@code hostile.budget} seconds): barrages at
 * once, each from its own seeded generator, {@code hostile.api-workers} (3) at the JSON API, one sending
 * Telegram updates to the owners', debtors' and strangers' chats, sharing the count ({@link Quota}). Each answer is checked as it comes
 * ({@link ApiBarrage}, {@link ChatBarrage}); then the service must be healthy, every journal read
 * before the barrage intact and every read side caught up ({@link ServiceWitness}). The counts go
 * to the build log. A soak: {@code mvn -o -q verify -Dtest=HostileInputSuiteTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dhostile.inputs=200000 -Dhostile.seed=7}.
 */
class HostileInputSuiteTest {

  private static final int INPUTS = Integer.getInteger("hostile.inputs", 10_000);
  private static final long SEED = Long.getLong("hostile.seed", 13L);
  /** How many clients send API requests at once (each with its own generator), beside the one chat client. */
  private static final int API_WORKERS = Integer.getInteger("hostile.api-workers", 3);
  /**
   * How long the barrage may take before the suite calls the service stalled: {@code hostile.budget}
   * seconds, by default 300 s per 10,000 inputs (a run takes 85–100 s on a quiet 2-core machine; the
   * margin is for a busy one).
   */
  private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("hostile.budget",
      Math.max(30, INPUTS * 3L / 100)));
  /** Setting up is not under test: its calls (the clock moving 20 days) may take long on a busy machine. */
  private static final Duration SET_UP = Duration.ofMinutes(2);
  private static final String TOKEN = "hostile-admin-token";
  private static final String SECRET = "hostile-webhook-secret";
  private static final String WEBHOOK = "/telegram/webhook";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void noHostileInputBreaksTheService(@TempDir Path dataDir) throws Exception {
    try (BotApiStandIn standIn = BotApiStandIn.start(0)) {
      Relance relance = Relance.start(ScriptRunner.serviceConfig(dataDir, standIn, Script.Profile.FAST, Map.of(
          "relance.admin.token", TOKEN,
          "relance.telegram.mode", "webhook",
          "relance.telegram.webhook.url", "https://relance.example.org" + WEBHOOK,
          "relance.telegram.webhook.secret", SECRET,
          "relance.read-side.poll-interval", "100ms", // the shipped setting, not the scripts' quicker one
          // a business change or a clock move answers within a second (then says it goes on): what is
          // checked is the answer and the state, not how long the API waits for the work
          "relance.clock.answer-within", "1s")));
      try {
        barrage(relance);
      } finally {
        relance.stop();
      }
    }
  }

  private void barrage(Relance relance) {
    ExecutorService barrages = Executors.newFixedThreadPool(API_WORKERS + 1);
    try {
      barrage(relance, barrages);
    } finally {
      barrages.shutdownNow();
    }
  }

  private void barrage(Relance relance, ExecutorService barrages) {
    long started = System.nanoTime();
    HostileClient client = new HostileClient(relance.httpPort(), Duration.ofSeconds(10));
    Tally tally = new Tally();
    World world = World.build(client.withTimeout(SET_UP), relance);
    List<ApiBarrage> apis = new ArrayList<>();
    for (int worker = 0; worker < API_WORKERS; worker++) {
      HostileStrings apiStrings = new HostileStrings(new SplittableRandom(worker == 0 ? SEED : SEED + 1 + worker));
      apis.add(new ApiBarrage(client, TOKEN, apiStrings, new BodyMutator(new HostileValues(apiStrings), apiStrings),
          tally, world.businesses(), world.cases()));
    }
    HostileStrings chatStrings = new HostileStrings(new SplittableRandom(SEED + 1));
    ChatBarrage chat = new ChatBarrage(client, WEBHOOK, SECRET, chatStrings, new Outbox(relance.dataSource()), tally,
        world.chats(), world.cases(), world.debtorTokens());
    OwnerChats ownerChats = new OwnerChats(relance.dataSource());
    for (int i = 0; i < world.ownerTokens().size(); i++) {
      TelegramUpdates.Chat owner = world.chats().owners().get(i);
      List<Outbox.Row> answers = chat.bindOwner(owner, world.ownerTokens().get(i));
      assertEquals(Optional.of(world.businesses().get(i)), ownerChats.businessOf(Long.toString(owner.id())),
          () -> "the owner's link binds their chat; the bot said " + answers.stream().map(Outbox.Row::text).toList()
              + "; " + tally.report());
    }
    ServiceWitness witness = new ServiceWitness(client, TOKEN, relance.dataSource(), ForkJoinPool.commonPool(), tally);
    Map<String, List<JsonNode>> before = witness.journals();
    long barrageStarted = System.nanoTime();
    Quota quota = new Quota(INPUTS, BUDGET);
    List<CompletableFuture<Void>> firing = new ArrayList<>();
    apis.forEach(api -> firing.add(CompletableFuture.runAsync(() -> api.fire(quota), barrages)));
    firing.add(CompletableFuture.runAsync(() -> chat.fire(quota), barrages));
    CompletableFuture.allOf(firing.toArray(CompletableFuture[]::new)).join();
    if (quota.handedOut() < INPUTS) {
      tally.failed("suite", "budget", "the barrage ran out of time", quota.handedOut() + " of " + INPUTS
          + " inputs sent within " + BUDGET.toSeconds() + " s");
    }
    long checkStarted = System.nanoTime();
    witness.check(before);
    System.out.println(tally.report() + "Took " + seconds(started, barrageStarted) + " s to set up, "
        + seconds(barrageStarted, checkStarted) + " s for the barrage, " + seconds(checkStarted, System.nanoTime())
        + " s to check (seed " + SEED + ", " + apis.stream().mapToInt(api -> api.opened().size()).sum()
        + " cases opened by the barrage)");
    assertTrue(tally.failures().isEmpty(), tally::report);
  }

  private static long seconds(long from, long to) {
    return Duration.ofNanos(to - from).toSeconds();
  }

  /**
   * What the barrage starts from: two businesses, each with six cases (due dates spread so the ladder
   * has moved some of them on, letters included), an owner chat per business (bound by the barrage
   * with its link), six debtor chats bound and verified, fresh links to the other six cases for
   * strangers to open, strangers in private and group chats.
   */
  private record World(List<String> businesses, List<String> ownerTokens, List<String> cases,
                       List<String> debtorTokens, ChatBarrage.Chats chats) {

    static World build(HostileClient client, Relance relance) {
      List<String> businesses = new ArrayList<>();
      List<String> cases = new ArrayList<>();
      ApiShapes.Shape business = ApiShapes.WITH_BODY.stream().filter(s -> s.name().equals("business")).findFirst()
          .orElseThrow();
      ApiShapes.Shape openCase = ApiShapes.WITH_BODY.stream().filter(s -> s.name().equals("case")).findFirst()
          .orElseThrow();
      for (int b = 0; b < 2; b++) {
        businesses.add(created(client, "/api/businesses", business.body().put("name", "Atelier " + b)).path("id")
            .asText());
        for (int c = 0; c < 6; c++) {
          ObjectNode body = openCase.body().put("businessId", businesses.get(b));
          ObjectNode invoice = (ObjectNode) body.path("invoices").path(0);
          LocalDate due = LocalDate.parse("2026-11-20").minusDays(20L * c);
          invoice.put("number", "F-" + b + c).put("issueDate", due.minusDays(30).toString()).put("dueDate",
              due.toString());
          body.remove("priorReminders");
          cases.add(created(client, "/api/cases", body).path("id").asText());
        }
      }
      clockMoved(client, JSON.createObjectNode().put("days", 20));
      // links issued after the clock moved, so they have not expired
      List<String> ownerTokens = businesses.stream().map(id -> created(client, "/api/businesses/" + id
          + "/invitation", JSON.createObjectNode()).path("token").asText()).toList();
      List<String> debtorTokens = cases.subList(6, cases.size()).stream().map(id -> created(client, "/api/cases/"
          + id + "/invitation", JSON.createObjectNode()).path("token").asText()).toList();
      List<TelegramUpdates.Chat> owners = List.of(new TelegramUpdates.Chat(1001, false, "fr"),
          new TelegramUpdates.Chat(1002, false, "en"));
      List<TelegramUpdates.Chat> debtors = new ArrayList<>();
      DebtorChats bindings = new DebtorChats(relance.dataSource());
      var now = relance.time().clock().instant();
      for (int d = 0; d < 6; d++) {
        TelegramUpdates.Chat chat = new TelegramUpdates.Chat(2001 + d, false, d % 2 == 0 ? "fr" : null);
        String caseId = cases.get(d * 2);
        bindings.bind(Long.toString(chat.id()), caseId, businesses.get(d * 2 / 6), Language.FR, now);
        bindings.markVerified(Long.toString(chat.id()), caseId, now);
        debtors.add(chat);
      }
      List<TelegramUpdates.Chat> strangers = List.of(new TelegramUpdates.Chat(3001, false, "fr"),
          new TelegramUpdates.Chat(3002, false, "en"), new TelegramUpdates.Chat(3003, false, "zz"),
          new TelegramUpdates.Chat(3004, false, null), new TelegramUpdates.Chat(-4001, true, "fr"),
          new TelegramUpdates.Chat(-4002, true, "en"));
      return new World(businesses, ownerTokens, cases, debtorTokens, new ChatBarrage.Chats(owners, debtors,
          strangers));
    }

    private static JsonNode created(HostileClient client, String path, JsonNode body) {
      HostileClient.Reply reply = client.send("POST", path, body.toString(), Map.of("Authorization", "Bearer " + TOKEN));
      if (reply.status() != 201) {
        throw new IllegalStateException("setting up: " + path + " answered " + reply.statusName() + " " + reply.body());
      }
      return read(reply.body());
    }

    /** Moves the clock and returns once the move is done (followed on {@code GET /api/clock} if answered 202). */
    private static void clockMoved(HostileClient client, JsonNode body) {
      Map<String, String> auth = Map.of("Authorization", "Bearer " + TOKEN);
      HostileClient.Reply reply = client.send("POST", "/api/clock/advance", body.toString(), auth);
      long deadline = System.nanoTime() + SET_UP.toNanos();
      while (reply.status() == 202 && System.nanoTime() < deadline) {
        HostileClient.Reply clock = client.send("GET", "/api/clock", null, auth);
        if (clock.status() == 200 && !read(clock.body()).has("movesPending")) {
          return;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while setting up", e);
        }
      }
      if (reply.status() != 200) {
        throw new IllegalStateException("setting up: the clock answered " + reply.statusName() + " " + reply.body());
      }
    }

    private static JsonNode read(String body) {
      try {
        return JSON.readTree(body);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }
}
