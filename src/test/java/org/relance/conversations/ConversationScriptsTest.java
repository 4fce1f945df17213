package org.relance.conversations;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every script in conversations/scripts/ plays through the stand-in and the real service
 * ({@code -Dscripts=owner-,welcome} plays only those whose file name starts with {@code owner-} or
 * {@code welcome}). Scripts play {@code scripts.players} (2) at a time; each reports in order.
 */
class ConversationScriptsTest {

  private static final Path SCRIPTS = Path.of("conversations/scripts");
  /** How many scripts play at once, each with its own service and stand-in ({@code -Dscripts.players}). */
  private static final int PLAYERS = Integer.getInteger("scripts.players", 2);

  @TestFactory
  Stream<DynamicTest> everyScriptPasses() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(SCRIPTS)) {
      List<String> prefixes = List.of(System.getProperty("scripts", "").split(","));
      files = listing.filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> prefixes.stream().anyMatch(p.getFileName().toString()::startsWith)).sorted().toList();
    }
    assertTrue(!files.isEmpty(), "the scripts are found in " + SCRIPTS.toAbsolutePath());
    ExecutorService players = Executors.newFixedThreadPool(PLAYERS);
    List<CompletableFuture<Played>> played = files.stream()
        .map(file -> CompletableFuture.supplyAsync(() -> play(file), players)).toList();
    players.shutdown();
    return IntStream.range(0, files.size()).mapToObj(i -> DynamicTest.dynamicTest(
        files.get(i).getFileName().toString(), files.get(i).toUri(), () -> {
          Played outcome = played.get(i).join();
          System.out.println(String.join("\n", outcome.transcript()));
          if (outcome.failure() != null) {
            fail(outcome.failure() + "\n--- transcript ---\n" + String.join("\n", outcome.transcript()));
          }
        }));
  }

  /** A script's transcript, and what went wrong (null when it passed). */
  private record Played(List<String> transcript, String failure) {}

  private static Played play(Path file) {
    List<String> transcript = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      Script script = Script.read(file.getFileName().toString(), in);
      ScriptRunner.Result result = new ScriptRunner(new ServiceScriptHooks(), transcript::add).run(script);
      return new Played(transcript, result.passed() ? null : result.mismatch());
    } catch (IOException | RuntimeException e) {
      return new Played(transcript, "the script could not be played: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Played(transcript, "interrupted");
    }
  }
}
