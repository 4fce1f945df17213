package org.relance.conversations;

import org.relance.app.Relance;
import org.relance.telegram.standin.BotApiStandIn;
import org.relance.telegram.standin.StandInState.Call;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code relance telegram-bench}: how many updates a second the Telegram plumbing handles end to
 * end (poller, once-only intake with its transaction, outbox, sender, real client) against the
 * stand-in, with the rate limits lifted; checks that every update got exactly one answer.
 */
@Command(name = "telegram-bench", description = "Measure the Telegram plumbing's throughput against the stand-in.")
public final class TelegramBenchCommand implements Callable<Integer> {

  @Option(names = "--updates", defaultValue = "2000", description = "Updates to send (default: ${DEFAULT-VALUE}).")
  int updates;

  @Option(names = "--chats", defaultValue = "200", description = "Chats they come from (default: ${DEFAULT-VALUE}).")
  int chats;

  @Override
  public Integer call() throws Exception {
    Path dataDir = Files.createTempDirectory("relance-bench-");
    try (BotApiStandIn standIn = BotApiStandIn.start(0)) {
      Relance service = Relance.start(ScriptRunner.serviceConfig(dataDir, standIn, Script.Profile.FAST,
          Map.of("relance.telegram.max-in-flight", 8)));
      try {
        long start = System.nanoTime();
        for (int i = 0; i < updates; i++) {
          long chat = 10_000 + i % chats;
          standIn.state().userWrites(chat, false, chat, "Bench", i % 2 == 0 ? "fr" : "en", "message " + i);
        }
        Duration patience = Duration.ofSeconds(Math.max(60, updates / 10));
        standIn.state().awaitCount(c -> c.method().equals("sendmessage"), updates, patience);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<Call> answers = standIn.state().calls().stream().filter(c -> c.method().equals("sendmessage")).toList();
        Map<String, Integer> perChat = new HashMap<>();
        answers.forEach(c -> perChat.merge(c.chatId(), 1, Integer::sum));
        boolean once = answers.size() == updates && perChat.values().stream().allMatch(n -> n == updates / chats);
        System.out.printf("%d updates from %d chats answered in %d ms: %.0f updates/s end to end; %s%n",
            updates, chats, took.toMillis(), updates * 1000.0 / Math.max(1, took.toMillis()),
            once ? "each answered exactly once" : "MISMATCH: " + answers.size() + " answers");
        return once ? 0 : 1;
      } finally {
        service.stop();
      }
    } finally {
      TempFiles.delete(dataDir);
    }
  }
}
