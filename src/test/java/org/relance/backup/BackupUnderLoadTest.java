package org.relance.backup;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code GET /api/backup} taken while two clients create and command cases, then {@code restore} into a
 * fresh data directory: the restored service shows every case acknowledged before the backup began with
 * the very same journal, and any case written during the backup whole or not at all (a prefix).
 */
class BackupUnderLoadTest {

  private static final String PAYMENT = "{\"amount\": 10, \"date\": \"2026-11-23\"}";

  @Test
  void aBackupTakenUnderLoadRestoresEveryCaseAndJournal(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("backup.zip");
    Map<String, JsonNode> acknowledgedBefore = new LinkedHashMap<>();
    Map<String, JsonNode> writtenDuring = new LinkedHashMap<>();
    Path liveData = dir.resolve("live");
    try (TestService live = TestService.start(liveData)) {
      String business = live.createBusiness();
      for (int i = 0; i < 12; i++) {
        String id = live.createCase(business, "2026-12-" + (10 + i));
        assertEquals(200, live.post("/api/cases/" + id + "/payments", PAYMENT).status());
        acknowledgedBefore.put(id, null);
      }
      List<String> duringIds = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      List<Thread> clients = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        Thread client = new Thread(() -> {
          try {
            while (!stop.get()) {
              String id = live.createCase(business, "2026-12-20");
              duringIds.add(id);
              live.post("/api/cases/" + id + "/payments", PAYMENT);
            }
          } catch (Throwable e) {
            failure.set(e);
          }
        }, "load-" + t);
        clients.add(client);
        client.start();
      }
      while (duringIds.size() < 4 && failure.get() == null) {
        Thread.sleep(10);
      }

      HttpResponse<Path> backup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(live.uri("/api/backup"))
          .header("Authorization", "Bearer " + TestService.TOKEN).GET().build(), HttpResponse.BodyHandlers.ofFile(zip));
      int duringAtAnswer = duringIds.size();
      while (duringIds.size() < duringAtAnswer + 4 && failure.get() == null) {
        Thread.sleep(10);
      }
      stop.set(true);
      for (Thread client : clients) {
        client.join(60_000);
      }
      assertNull(failure.get(), () -> "the load kept working during the backup: " + failure.get());
      assertEquals(200, backup.statusCode(), () -> readQuietly(zip));
      assertEquals("application/zip", backup.headers().firstValue("Content-Type").orElse(""));
      assertTrue(backup.headers().firstValue("Content-Disposition").orElse("")
              .matches("attachment; filename=\"relance-backup-[0-9TZ:.-]+\\.zip\""),
          backup.headers().firstValue("Content-Disposition").toString());
      assertNoTemporaryBackupLeft();
      assertEquals(401, live.raw(HttpRequest.newBuilder(live.uri("/api/backup")).GET()).status(),
          "admin only: no token, no backup");

      RestoreRun whileRunning = RestoreRun.of(RestoreRun.settings(dir, liveData, ""), zip.toString(), "--force");
      assertEquals(2, whileRunning.exit());
      assertTrue(whileRunning.err().contains("stop the service first"), whileRunning.err());

      acknowledgedBefore.replaceAll((id, none) -> journal(live, id));
      for (String id : new ArrayList<>(duringIds)) {
        writtenDuring.put(id, journal(live, id));
      }
    }

    Path restoredData = dir.resolve("restored");
    RestoreRun restore = RestoreRun.of(RestoreRun.settings(dir, restoredData, ""), zip.toString());
    assertEquals(0, restore.exit(), restore.err());
    try (TestService restored = TestService.start(restoredData)) {
      for (var before : acknowledgedBefore.entrySet()) {
        assertEquals(before.getValue(), journal(restored, before.getKey()), "journal of " + before.getKey());
      }
      int whole = 0;
      for (var during : writtenDuring.entrySet()) {
        var answer = restored.get("/api/cases/" + during.getKey() + "/journal");
        if (answer.status() == 404) {
          continue;
        }
        JsonNode events = answer.body();
        assertTrue(events.size() <= during.getValue().size(), "no event the live service did not have");
        for (int i = 0; i < events.size(); i++) {
          assertEquals(during.getValue().get(i), events.get(i), "event " + i + " of " + during.getKey());
        }
        whole += events.size() > 0 ? 1 : 0;
      }
      assertTrue(whole > 0, "cases written during the load before the backup are in it");
    }
  }

  private static JsonNode journal(TestService service, String id) {
    var answer = service.get("/api/cases/" + id + "/journal");
    assertEquals(200, answer.status(), answer.toString());
    return answer.body();
  }

  private static void assertNoTemporaryBackupLeft() throws Exception {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (true) {
      try (Stream<Path> files = Files.list(temp)) {
        List<Path> left = files.filter(f -> f.getFileName().toString().startsWith(H2Backup.TEMPORARY_PREFIX)).toList();
        if (left.isEmpty()) {
          return;
        }
        assertTrue(System.nanoTime() < deadline, "temporary backup deleted once streamed: " + left);
      }
      Thread.sleep(50);
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (Exception e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}
