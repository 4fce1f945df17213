package org.relance.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.ChildService;
import org.relance.app.TestService;
import org.relance.storage.EmbeddedPostgresDatabase;
import org.relance.telegram.standin.BotApiStandIn;
import org.relance.telegram.standin.StandInState.Call;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three nodes in three JVMs on one embedded PostgreSQL, Telegram's webhook reaching any of them,
 * the Bot API stand-in in this JVM. The oldest node, which holds the Telegram singletons and a third
 * of the cases, is killed with a real {@code kill -9}: every case answers from a survivor within
 * 15 s, no update is answered twice, no message goes out twice, and a command sent again with its
 * idempotency key to a survivor is not recorded twice. Then a node holding no duty leaves
 * gracefully (SIGTERM) and the duties go on; a fourth node joins and the node holding the duties
 * leaves: the newcomer takes cases and duties at once, each update still answered once.
 */
class ClusterFailoverTest {

  private static final String SECRET = "cluster-secret";
  private static final Duration FAILOVER = Duration.ofSeconds(15);
  private static final int CASES = 24;

  private long updateId = 7_000;

  @Test
  void aKilledNodesCasesAndDutiesMoveToTheSurvivorsWithNothingDoubled(@TempDir Path dir) throws Exception {
    Map<String, Object> database = EmbeddedPostgresDatabase.freshDatabaseSettings();
    List<Integer> ports = List.of(ChildService.freePort(), ChildService.freePort(), ChildService.freePort());
    String seeds = ports.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    try (BotApiStandIn standIn = BotApiStandIn.start(0)) {
      Function<Integer, Map<String, Object>> node = port -> {
        Map<String, Object> settings = new HashMap<>(database);
        settings.putAll(Map.of("relance.clock.mode", "system", "relance.cluster.hostname", "127.0.0.1",
            "relance.cluster.port", port, "relance.cluster.seed-nodes", seeds,
            "relance.telegram.token", "123:cluster", "relance.telegram.api-url", standIn.url(),
            "relance.telegram.bot-username", "relance_test_bot", "relance.telegram.mode", "webhook",
            "relance.telegram.webhook.url", "https://relance.example.org/telegram/webhook",
            "relance.telegram.webhook.secret", SECRET));
        return settings;
      };
      try (ChildService oldest = ChildService.start(dataDir(dir, "a"), node.apply(ports.get(0)));
           ChildService second = ChildService.start(dataDir(dir, "b"), node.apply(ports.get(1)));
           ChildService third = ChildService.start(dataDir(dir, "c"), node.apply(ports.get(2)))) {
        List<ChildService> nodes = List.of(oldest, second, third);
        awaitMembers(nodes, 3);

        String business = oldest.createBusiness();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
          cases.add(nodes.get(i % 3).createCase(business, "2026-12-10"));
        }
        Map<String, String> key = Map.of("Idempotency-Key", "pause-before-the-kill");
        String pausedCase = cases.get(0);
        String pause = "{\"until\": \"2026-12-20\"}";
        assertEquals(200, oldest.post("/api/cases/" + pausedCase + "/pause", pause, key).status());

        List<Map<String, Object>> greeted = new ArrayList<>();
        for (int chat = 1; chat <= 6; chat++) {
          greeted.add(sayHello(chat % 2 == 0 ? second : third, 9_000 + chat));
        }
        awaitAnswers(standIn, 6);
        // a message whose request is on the wire when its node dies has an unknown outcome and is sent
        // once more, flagged as a possible duplicate (README): the kill comes once all are acknowledged
        awaitOutboxSent(database);

        oldest.kill();
        long killed = System.nanoTime();
        Duration tookAll = awaitCases(List.of(second, third), cases, killed);
        System.out.println("ClusterFailoverTest: every case answered from a survivor " + tookAll.toMillis()
            + " ms after the kill");
        assertTrue(tookAll.compareTo(FAILOVER) <= 0, "every case answered after " + tookAll.toMillis() + " ms");

        TestService.Answer again = third.post("/api/cases/" + pausedCase + "/pause", pause, key);
        assertEquals(200, again.status(), again.toString());
        long pauses = journalTypes(third, pausedCase).stream().filter("CasePaused"::equals).count();
        assertEquals(1, pauses, "the pause sent again with its key is recorded once: " + journalTypes(third, pausedCase));

        for (Map<String, Object> update : greeted) {
          assertEquals(200, webhook(second, update).status(), "a redelivered update is acknowledged");
        }
        for (int chat = 7; chat <= 10; chat++) {
          sayHello(chat % 2 == 0 ? second : third, 9_000 + chat);
        }
        awaitAnswers(standIn, 10);
        Thread.sleep(2_000);  // time for a doubled answer to show
        Map<String, Long> perChat = standIn.state().calls().stream().filter(c -> c.method().equals("sendmessage"))
            .collect(Collectors.groupingBy(Call::chatId, Collectors.counting()));
        assertEquals(10, perChat.size(), "every chat was answered: " + perChat);
        perChat.forEach((chat, count) -> assertEquals(1L, count, "chat " + chat + " was answered once"));

        // a node holding no duty leaves: the duties go on where they are
        awaitOutboxSent(database);
        third.stop();
        sayHello(second, 9_011);
        awaitAnswers(standIn, 11);

        // a new node joins, then the node holding the duties leaves: the new one takes them at once
        try (ChildService fourth = ChildService.start(dataDir(dir, "d"), node.apply(ChildService.freePort()))) {
          awaitMembers(List.of(second, fourth), 2);
          awaitOutboxSent(database);
          long leaving = System.nanoTime();
          second.stop();
          Duration handedOver = awaitCases(List.of(fourth, fourth), cases, leaving);
          System.out.println("ClusterFailoverTest: every case answered from the last node " + handedOver.toMillis()
              + " ms after the one holding the duties was told to leave");
          sayHello(fourth, 9_012);
          awaitAnswers(standIn, 12);
          Thread.sleep(1_000);
          assertEquals(12, standIn.state().calls().stream().filter(c -> c.method().equals("sendmessage")).count(),
              "after the graceful leaves, one answer per update and nothing sent again");
        }
      } finally {
        keepLogs(dir);
      }
    }
  }

  /** The nodes' logs, kept under target/ for a failure's diagnosis (the temporary directory goes). */
  private static void keepLogs(Path dir) throws java.io.IOException {
    Path kept = Files.createDirectories(Path.of("target", "cluster-failover"));
    for (String name : List.of("a", "b", "c", "d")) {
      Path log = dir.resolve(name).resolve("child.log");
      if (Files.exists(log)) {
        Files.copy(log, kept.resolve(name + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static Path dataDir(Path dir, String name) throws Exception {
    return Files.createDirectories(dir.resolve(name));
  }

  private static void awaitMembers(List<ChildService> nodes, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    for (ChildService node : nodes) {
      while (node.get("/health").body().path("cluster").path("members").path("up").asInt() < count) {
        assertTrue(System.nanoTime() < deadline, "the three nodes did not form one cluster: " + node.get("/health"));
        Thread.sleep(200);
      }
    }
  }

  /** A person who never talked to the bot says hello, through the webhook of {@code node}. */
  private Map<String, Object> sayHello(ChildService node, long chat) {
    Map<String, Object> update = Map.of("update_id", ++updateId, "message", Map.of("message_id", updateId,
        "date", 1_790_000_000, "chat", Map.of("id", chat, "type", "private", "first_name", "Nina"),
        "from", Map.of("id", chat, "is_bot", false, "first_name", "Nina", "language_code", "fr"), "text", "Bonjour"));
    TestService.Answer answer = webhook(node, update);
    assertEquals(200, answer.status(), "update " + updateId + ": " + answer);
    return update;
  }

  private static TestService.Answer webhook(ChildService node, Map<String, Object> update) {
    try {
      return node.post("/telegram/webhook", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(update),
          Map.of("X-Telegram-Bot-Api-Secret-Token", SECRET));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitOutboxSent(Map<String, Object> database) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (Connection c = DriverManager.getConnection((String) database.get("relance.db.url"),
        (String) database.get("relance.db.user"), (String) database.get("relance.db.password"));
         Statement st = c.createStatement()) {
      while (true) {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM telegram_outbox WHERE status <> 'sent'")) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return;
          }
        }
        assertTrue(System.nanoTime() < deadline, "the outbox was not all sent");
        Thread.sleep(100);
      }
    }
  }

  private static void awaitAnswers(BotApiStandIn standIn, int count) throws InterruptedException {
    assertTrue(standIn.state().awaitCount(c -> c.method().equals("sendmessage"), count, Duration.ofSeconds(30)),
        "expected " + count + " answers, the bot sent " + standIn.state().calls());
  }

  /**
   * Asks for every case at once, each from one survivor then the other until it answers; returns
   * when the last one answered, counted from the kill. Fails past the failover bound and a margin.
   */
  private static Duration awaitCases(List<ChildService> survivors, List<String> cases, long killed) throws Exception {
    ExecutorService askers = Executors.newFixedThreadPool(cases.size());
    try {
      List<Future<Long>> answered = new ArrayList<>();
      for (String caseId : cases) {
        answered.add(askers.submit(() -> awaitCase(survivors, caseId, killed)));
      }
      long last = killed;
      for (Future<Long> at : answered) {
        last = Math.max(last, at.get());
      }
      return Duration.ofNanos(last - killed);
    } finally {
      askers.shutdownNow();
    }
  }

  private static long awaitCase(List<ChildService> survivors, String caseId, long killed) throws InterruptedException {
    long deadline = killed + FAILOVER.plusSeconds(30).toNanos();
    for (int attempt = 0; ; attempt++) {
      TestService.Answer answer;
      try {
        answer = survivors.get(attempt % 2).get("/api/cases/" + caseId);
      } catch (IllegalStateException timedOut) {
        answer = null;
      }
      if (answer != null && answer.status() == 200) {
        return System.nanoTime();
      }
      assertTrue(System.nanoTime() < deadline, "case " + caseId + " did not answer from a survivor: " + answer);
      Thread.sleep(100);
    }
  }

  private static List<String> journalTypes(ChildService node, String caseId) {
    List<String> types = new ArrayList<>();
    node.get("/api/cases/" + caseId + "/journal").body()
        .forEach(event -> types.add(event.path("type").asText()));
    return types;
  }
}
