package org.relance.conversations;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.relance.app.Relance;
import org.relance.common.Language;
import org.relance.config.RelanceConfig;
import org.relance.messages.MessageTemplates;
import org.relance.telegram.standin.BotApiStandIn;
import org.relance.telegram.standin.StandInState;
import org.relance.telegram.standin.StandInState.Call;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Plays a {@link Script} against the real service: a fresh {@link BotApiStandIn} on 127.0.0.1, the
 * service started with {@link Relance#start} on an H2 database in a temporary folder, its real
 * Telegram client pointed at the stand-in. Every line of the conversation goes to the transcript
 * as it happens; the first difference from the script stops the run with a diff.
 */
public final class ScriptRunner {

  /**
   * How long a {@code state} step waits for the case to show what it expects: a message's delivery is
   * journaled once Telegram has answered, a moment after the chat shows it.
   */
  private static final Duration STATE_PATIENCE = Duration.ofSeconds(5);

  /** The outcome and, on a mismatch, what differed. */
  public record Result(boolean passed, String mismatch) {}

  private static final Set<String> MESSAGES = Set.of("sendmessage", "editmessagetext", "senddocument", "sendphoto");

  private final ScriptHooks hooks;
  private final Consumer<String> transcript;

  public ScriptRunner(ScriptHooks hooks, Consumer<String> transcript) {
    this.hooks = hooks;
    this.transcript = transcript;
  }

  public Result run(Script script) throws IOException, InterruptedException {
    Path dataDir = Files.createTempDirectory("relance-script-");
    transcript.accept("# " + script.name() + (script.description() == null ? "" : ": " + script.description().strip()));
    try (BotApiStandIn standIn = BotApiStandIn.start(0)) {
      Play play = new Play(script, standIn.state(), config(script, dataDir, standIn));
      try {
        for (int i = 0; i < script.steps().size(); i++) {
          play.step(i + 1, script.steps().get(i));
        }
        play.expectNothingMore(script.profile() == Script.Profile.FAST ? 0.5 : 1.5);
        transcript.accept("# passed");
        return new Result(true, null);
      } catch (Mismatch mismatch) {
        transcript.accept("# MISMATCH " + mismatch.getMessage());
        return new Result(false, mismatch.getMessage());
      } finally {
        play.stop();
      }
    } finally {
      TempFiles.delete(dataDir);
    }
  }

  private static Config config(Script script, Path dataDir, BotApiStandIn standIn) {
    return serviceConfig(dataDir, standIn, script.profile(), script.settings());
  }

  /**
   * A throw-away service's configuration: H2 in {@code dataDir}, any free HTTP port, the bot on the
   * stand-in, a 1 s long poll, the simulated clock from 2026-11-23T08:00Z; the {@code FAST} profile also lifts
   * the rate limits.
   */
  public static Config serviceConfig(Path dataDir, BotApiStandIn standIn, Script.Profile profile,
                              Map<String, Object> overrides) {
    Map<String, Object> values = new HashMap<>(Map.of(
        "relance.data-dir", dataDir.toString(),
        "relance.http.host", "127.0.0.1",
        "relance.http.port", 0,
        "relance.telegram.token", "script-token",
        "relance.telegram.api-url", standIn.url(),
        "relance.telegram.long-poll-timeout", "1s",
        "relance.telegram.request-timeout", "5s",
        "relance.telegram.retry.initial-backoff", "50ms",
        "relance.telegram.retry.max-backoff", "1s"));
    values.put("relance.clock.mode", "simulated");
    values.put("relance.clock.start", "2026-11-23T08:00:00Z");
    values.put("relance.read-side.poll-interval", "20ms");
    if (profile == Script.Profile.FAST) {
      values.put("relance.telegram.rate.overall-per-second", 100_000);
      values.put("relance.telegram.rate.per-chat-per-second", 100_000);
    }
    values.putAll(overrides);
    return RelanceConfig.load(null, Map.of(), ConfigFactory.parseMap(values));
  }

  /** One run of a script: the service, the stand-in's calls already matched, the timing of each chat. */
  private final class Play {
    private final Script script;
    private final StandInState standIn;
    private final Config config;
    private final Set<Integer> matched = new HashSet<>();
    private final Map<String, Call> lastInChat = new HashMap<>();
    private final Duration patience;
    private final MessageTemplates templates = MessageTemplates.load();
    private Relance service;

    Play(Script script, StandInState standIn, Config config) {
      this.script = script;
      this.standIn = standIn;
      this.config = config;
      this.patience = Duration.ofSeconds(script.profile() == Script.Profile.FAST ? 10 : 30);
      this.service = Relance.start(config);
    }

    void step(int number, Script.Step step) throws InterruptedException {
      try {
        if (step.user() != null) {
          userWrites(step.user());
        } else if (step.press() != null) {
          userPresses(step.press());
        } else if (step.bot() != null) {
          botSays(step.bot());
        } else if (step.silent() != null) {
          expectNothingMore(step.silent());
        } else if (step.redeliver() != null) {
          long id = "last".equals(step.redeliver()) ? standIn.lastUpdateId() : Long.parseLong(step.redeliver());
          transcript.accept("~~ Telegram delivers update " + id + " again");
          standIn.redeliver(id);
        } else if (step.standin() != null) {
          faults(step.standin());
        } else if (Boolean.TRUE.equals(step.restart())) {
          transcript.accept("~~ the service restarts");
          service.stop();
          service = Relance.start(config);
        } else if (step.delivery() != null) {
          delivery(step.delivery());
        } else if (step.setup() != null) {
          hooks.setup(service, step.setup());
        } else if (step.clock() != null) {
          transcript.accept("~~ the clock moves: " + step.clock());
          hooks.moveClock(service, step.clock());
        } else if (step.state() != null) {
          List<String> differences = hooks.checkState(service, step.state());
          long deadline = System.nanoTime() + STATE_PATIENCE.toNanos();
          while (!differences.isEmpty() && System.nanoTime() < deadline) { // deliveries are journaled just after
            Thread.sleep(50);
            differences = hooks.checkState(service, step.state());
          }
          if (!differences.isEmpty()) {
            throw new Mismatch("state differs: " + String.join("; ", differences));
          }
        }
      } catch (Mismatch mismatch) {
        throw new Mismatch("step " + number + ": " + mismatch.getMessage());
      }
    }

    private void userWrites(Script.UserTurn turn) {
      if (turn.document() != null) {
        transcript.accept("user " + turn.chat() + " (" + language(turn) + ") sends the file " + turn.document());
        standIn.userSendsDocument(turn.chat(), userId(turn), name(turn), language(turn), turn.document(),
            turn.document().endsWith(".csv") ? "text/csv" : "application/octet-stream",
            turn.contentBase64() != null ? java.util.Base64.getDecoder().decode(turn.contentBase64())
                : Objects.requireNonNull(turn.content(), "a document needs its content").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
      boolean group = Boolean.TRUE.equals(turn.group());
      transcript.accept("user " + turn.chat() + " (" + language(turn) + "): " + turn.text());
      standIn.userWrites(turn.chat(), group, userId(turn), name(turn), language(turn), hooks.expand(
          Objects.requireNonNull(turn.text(), "a user step needs text")));
    }

    private void userPresses(Script.UserTurn turn) {
      transcript.accept("user " + turn.chat() + " (" + language(turn) + ") presses [" + turn.data() + "]");
      standIn.userPresses(turn.chat(), Boolean.TRUE.equals(turn.group()), userId(turn), name(turn), language(turn),
          hooks.expand(Objects.requireNonNull(turn.data(), "a press step needs data")), turn.message() == null ? 1 : turn.message());
    }

    private void botSays(Script.BotTurn expected) throws InterruptedException {
      String chat = Long.toString(expected.chat());
      Optional<Call> next = standIn.awaitCall(0, call -> isMessage(call) && !matched.contains(call.sequence())
          && call.chatId().equals(chat), patience);
      if (next.isEmpty()) {
        throw new Mismatch("expected the bot to say to " + chat + ": " + describe(expected)
            + "\n  but it said nothing within " + patience.toSeconds() + " s");
      }
      Call call = next.get();
      matched.add(call.sequence());
      long refused = standIn.calls().stream().filter(c -> !c.accepted() && c.chatId().equals(chat)
          && c.sequence() < call.sequence() && matched.add(c.sequence())).count();
      transcript.accept("bot " + chat + ": " + render(call)
          + (refused == 0 ? "" : "  (after " + refused + " attempt(s) refused with 429)"));
      String problem = ScriptExpectations.compare(expected, call, expectedText(expected));
      if (problem == null && expected.refusedBefore() != null && expected.refusedBefore() != refused) {
        problem = "came after " + refused + " attempt(s) refused with 429, expected " + expected.refusedBefore();
      }
      Call previous = lastInChat.put(chat, call);
      if (problem == null && expected.afterAtLeast() != null && previous != null) {
        Duration gap = Duration.between(previous.at(), call.at());
        if (gap.toMillis() < expected.afterAtLeast() * 1000) {
          problem = "came " + gap.toMillis() + " ms after the previous message, expected at least "
              + expected.afterAtLeast() + " s";
        }
      }
      if (problem != null) {
        throw new Mismatch("bot message to " + chat + " " + problem);
      }
    }

    private String expectedText(Script.BotTurn expected) {
      if (expected.template() == null) {
        return expected.text();
      }
      Language language = Language.fromCode(expected.language() == null ? "en" : expected.language());
      return templates.text(language, expected.template(), expected.values() == null ? Map.of() : expected.values());
    }

    void expectNothingMore(double seconds) throws InterruptedException {
      Optional<Call> extra = standIn.awaitCall(0, call -> isMessage(call) && !matched.contains(call.sequence()),
          Duration.ofMillis((long) (seconds * 1000)));
      if (extra.isPresent()) {
        transcript.accept("bot " + extra.get().chatId() + ": " + render(extra.get()));
        throw new Mismatch("the bot said something the script does not expect, to " + extra.get().chatId()
            + ": " + render(extra.get()));
      }
    }

    private void faults(Script.Faults faults) {
      if (faults.tooManyRequests() != null) {
        int retryAfter = faults.retryAfter() == null ? 1 : faults.retryAfter();
        transcript.accept("~~ Telegram answers the next " + faults.tooManyRequests() + " call(s) with 429, retry after "
            + retryAfter + " s");
        standIn.answerTooManyRequests(faults.tooManyRequests(), retryAfter);
      }
      if (faults.slow() != null) {
        double seconds = faults.slowFor() == null ? 1 : faults.slowFor();
        transcript.accept("~~ Telegram answers the next " + faults.slow() + " message(s) after " + seconds + " s");
        standIn.answerSlowly(faults.slow(), Duration.ofMillis((long) (seconds * 1000)));
      }
      if (faults.blockedChat() != null) {
        transcript.accept("~~ the user of chat " + faults.blockedChat() + " blocks the bot");
        standIn.block(faults.blockedChat());
      }
      if (faults.drop() != null) {
        transcript.accept("~~ Telegram drops the connection after receiving the next " + faults.drop() + " message(s)");
        standIn.dropAfterRecording(faults.drop());
      }
    }

    private void delivery(Script.DeliveryCheck check) throws InterruptedException {
      String chat = Long.toString(check.chat());
      Map<String, Integer> expected = new HashMap<>();
      Optional.ofNullable(check.sent()).ifPresent(n -> expected.put("sent", n));
      Optional.ofNullable(check.possibleDuplicates()).ifPresent(n -> expected.put("possible_duplicate", n));
      Optional.ofNullable(check.failed()).ifPresent(n -> expected.put("failed", n));
      long deadline = System.nanoTime() + patience.toNanos();
      Map<String, Integer> actual;
      do {
        actual = service.telegram().store().summary(chat);
        Map<String, Integer> seen = actual;
        if (expected.entrySet().stream().allMatch(e -> seen.getOrDefault(e.getKey(), 0).equals(e.getValue()))) {
          transcript.accept("~~ outbox for " + chat + ": " + actual);
          return;
        }
        Thread.sleep(50);
      } while (System.nanoTime() < deadline);
      throw new Mismatch("outbox for " + chat + ": expected " + expected + "\n  but found " + actual);
    }

    void stop() {
      service.stop();
    }

    private String render(Call call) {
      return ScriptExpectations.render(call);
    }

    private boolean isMessage(Call call) {
      return call.accepted() && MESSAGES.contains(call.method());
    }

    private String describe(Script.BotTurn expected) {
      return expected.contains() != null ? "something containing \"" + expected.contains() + "\""
          : expected.matches() != null ? "something matching /" + expected.matches() + "/"
          : "\"" + expectedText(expected) + "\"";
    }
  }

  private static String language(Script.UserTurn turn) {
    return turn.language() == null ? "en" : turn.language();
  }

  private static long userId(Script.UserTurn turn) {
    return turn.user() != null ? turn.user() : Math.abs(turn.chat());
  }

  private static String name(Script.UserTurn turn) {
    return turn.name() == null ? "Camille" : turn.name();
  }

  /** A difference between the script and what happened; stops the run. */
  static final class Mismatch extends RuntimeException {
    Mismatch(String message) {
      super(message, null, false, false);
    }
  }
}
