package org.relance.telegram;

import org.apache.pekko.Done;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.relance.metrics.ChannelMessages;
import org.relance.serialization.JsonSerializable;
import org.relance.telegram.BotApiCall.Delivered;
import org.relance.telegram.BotApiCall.NotSent;
import org.relance.telegram.BotApiCall.Outcome;
import org.relance.telegram.BotApiCall.Refused;
import org.relance.telegram.BotApiCall.RetryAfter;
import org.relance.telegram.BotApiCall.Unknown;
import org.relance.telegram.TelegramStore.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The one sender of everything the bot says. It delivers the outbox in order within each chat,
 * keeps Telegram's limits ({@link RateLimit}), pauses everything for a 429's {@code retry_after},
 * retries unreachable-network failures with a doubling backoff, and reports each outcome once to
 * the {@link DeliveryJournal} and to the channel's counters ({@link ChannelMessages}: sent, failed, 429s).
 *
 * <p>Invariants: a row is marked {@code sending} before its request leaves and {@code sent} as soon
 * as Telegram acknowledges it, before anything else happens; a message whose outcome is unknown
 * (request sent, no answer, or found {@code sending} after a crash) is sent once more and reported
 * as a possible duplicate; nothing else is sent twice. Blocking calls run on the executor given
 * (the {@code relance-telegram-dispatcher}). It runs on one node of the cluster (a cluster
 * singleton, so no message goes out twice from two nodes). When its node stops, {@link Drain} lets
 * the calls in flight finish and be journaled while the cases can still hear of them; when it hands
 * over, {@link Stop} does the same and stops it.
 */
public final class TelegramSender {

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  /** What the sender understands. */
  public interface Command {}

  /** New rows are in the outbox: read them (told from any node). */
  public enum Wake implements Command, JsonSerializable { INSTANCE }

  /** Start no more calls, and stop once none is in flight. */
  public enum Stop implements Command { INSTANCE }

  /**
   * The node {@code replyTo} lives on is stopping: if the sender runs there, it starts no more
   * calls and answers once none is in flight; a sender on another node goes on and answers at once.
   */
  public record Drain(ActorRef<Done> replyTo) implements Command, JsonSerializable {}

  private enum Tick implements Command { INSTANCE }

  private record Loaded(List<OutboxEntry> entries) implements Command {}

  private record LoadFailed(Throwable error) implements Command {}

  private record Attempted(Queued queued, Outcome outcome) implements Command {}

  /** An entry waiting in memory, with when it may go next and how many network retries it had. */
  private record Queued(OutboxEntry entry, Instant notBefore, int networkFailures) {
    String chat() {
      return entry.message().chatId();
    }
  }

  private final ActorContext<Command> context;
  private final TimerScheduler<Command> timers;
  private final TelegramStore store;
  private final BotApiCall api;
  private final DeliveryJournal journal;
  private final TelegramSettings settings;
  private final Executor blocking;
  private final Clock clock;
  private final RateLimit rate;
  private final ChannelMessages counted;

  private final TreeMap<Long, Queued> queue = new TreeMap<>();
  private final Set<String> chatsInFlight = new HashSet<>();
  private final List<ActorRef<Done>> drainWaiters = new ArrayList<>();
  private long highestKnownId;
  private Instant pausedUntil = Instant.MIN;
  private boolean loading;
  private boolean reloadWanted;
  private boolean draining;
  private boolean stopping;

  private TelegramSender(ActorContext<Command> context, TimerScheduler<Command> timers, TelegramStore store,
                         BotApiCall api, DeliveryJournal journal, TelegramSettings settings, Executor blocking,
                         Clock clock, ChannelMessages counted) {
    this.context = context;
    this.timers = timers;
    this.store = store;
    this.api = api;
    this.journal = journal;
    this.settings = settings;
    this.blocking = blocking;
    this.clock = clock;
    this.counted = counted;
    this.rate = new RateLimit(settings.overallPerSecond(), settings.perChatPerSecond());
  }

  static Behavior<Command> create(TelegramStore store, BotApiCall api, DeliveryJournal journal,
                                  TelegramSettings settings, Executor blocking, Clock clock, ChannelMessages counted) {
    Behavior<Command> sender = Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      TelegramSender created = new TelegramSender(context, timers, store, api, journal, settings, blocking, clock,
          counted);
      created.load(true);
      return created.behavior();
    }));
    // After a bug, start again from the outbox: a row left 'sending' counts as an unknown outcome.
    return Behaviors.supervise(sender).onFailure(RuntimeException.class,
        SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(10), 0.1));
  }

  private Behavior<Command> behavior() {
    return Behaviors.receive(Command.class)
        .onMessageEquals(Wake.INSTANCE, this::onWake)
        .onMessageEquals(Tick.INSTANCE, this::dispatch)
        .onMessage(Loaded.class, this::onLoaded)
        .onMessage(LoadFailed.class, this::onLoadFailed)
        .onMessage(Attempted.class, this::onAttempted)
        .onMessageEquals(Stop.INSTANCE, this::onStop)
        .onMessage(Drain.class, this::onDrain)
        .build();
  }

  private void load(boolean recover) {
    loading = true;
    long after = highestKnownId;
    context.pipeToSelf(CompletableFuture.supplyAsync(
            () -> recover ? store.recoverPending() : store.pendingAfter(after), blocking),
        (entries, error) -> error == null ? new Loaded(entries) : new LoadFailed(error));
  }

  private Behavior<Command> onWake() {
    if (loading) {
      reloadWanted = true;
    } else {
      load(false);
    }
    return Behaviors.same();
  }

  private Behavior<Command> onLoaded(Loaded loaded) {
    loading = false;
    Instant now = clock.instant();
    for (OutboxEntry entry : loaded.entries()) {
      if (entry.id() > highestKnownId) {
        queue.put(entry.id(), new Queued(entry, now, 0));
        highestKnownId = entry.id();
      }
    }
    if (reloadWanted) {
      reloadWanted = false;
      load(false);
    }
    return dispatch();
  }

  private Behavior<Command> onLoadFailed(LoadFailed failed) {
    loading = false;
    context.getLog().error("Cannot read the Telegram outbox; trying again shortly", failed.error());
    timers.startSingleTimer(Wake.INSTANCE, settings.initialBackoff());
    return Behaviors.same();
  }

  /** Starts every call that limits, order and backoffs allow now; wakes up when the next one may go. */
  private Behavior<Command> dispatch() {
    if (draining) {
      return Behaviors.same();
    }
    Instant now = clock.instant();
    Instant nextWake = null;
    Set<String> chatsWithEarlierEntry = new HashSet<>();
    for (Queued queued : queue.values()) {
      String chat = queued.chat();
      if (!chatsWithEarlierEntry.add(chat) || chatsInFlight.contains(chat)) {
        continue;
      }
      if (chatsInFlight.size() >= settings.maxInFlight()) {
        break;
      }
      boolean countsAgainstChat = queued.entry().message().countsAgainstChatLimit();
      Instant earliest = latest(rate.earliest(chat, countsAgainstChat, now), queued.notBefore(), pausedUntil);
      if (earliest.isAfter(now)) {
        nextWake = nextWake == null || earliest.isBefore(nextWake) ? earliest : nextWake;
        continue;
      }
      rate.record(chat, countsAgainstChat, now);
      start(queued);
    }
    if (nextWake != null) {
      timers.startSingleTimer(Tick.INSTANCE, Duration.between(now, nextWake));
    }
    return Behaviors.same();
  }

  private void start(Queued queued) {
    chatsInFlight.add(queued.chat());
    context.pipeToSelf(CompletableFuture.supplyAsync(() -> attempt(queued.entry()), blocking),
        (outcome, error) -> new Attempted(queued, error == null ? outcome
            : new NotSent("the outbox could not be updated: " + error.getMessage())));
  }

  /** Runs on the blocking executor: marks, calls, and records the outcome before the actor hears of it. */
  private Outcome attempt(OutboxEntry entry) {
    long id = entry.id();
    if (entry.unknownOutcomes() > 1) {
      Refused gaveUp = new Refused("its outcome was unknown twice; not sent again (it may have arrived)");
      store.markFailed(id, gaveUp.reason());
      return gaveUp;
    }
    store.markSending(id);
    Outcome outcome = api.attempt(entry.message());
    try {
      if (outcome instanceof Delivered delivered) {
        store.markSent(id, delivered.messageId(), entry.unknownOutcomes() > 0);
      } else if (outcome instanceof Unknown unknown && entry.unknownOutcomes() > 0) {
        store.markFailed(id, "no answer twice (" + unknown.reason() + "); not sent again, it may have arrived");
      } else if (outcome instanceof Refused refused) {
        store.markFailed(id, refused.reason());
      } else {
        store.markPending(id, outcome instanceof Unknown);
      }
    } catch (RuntimeException e) {
      log.error("Telegram message {}: outcome {} could not be recorded; it stays 'sending' and "
          + "will be treated as unknown after a restart", id, outcome, e);
    }
    return outcome;
  }

  private Behavior<Command> onAttempted(Attempted attempted) {
    Queued queued = attempted.queued();
    OutboxEntry entry = queued.entry();
    chatsInFlight.remove(queued.chat());
    Instant now = clock.instant();
    Outcome outcome = attempted.outcome();
    if (outcome instanceof Delivered delivered) {
      queue.remove(entry.id());
      counted.sent().increment();
      if (entry.unknownOutcomes() > 0) {
        report(entry, () -> journal.possibleDuplicate(entry.id(), entry.message(), delivered.messageId()));
      } else {
        report(entry, () -> journal.sent(entry.id(), entry.message(), delivered.messageId()));
      }
    } else if (outcome instanceof RetryAfter retry) {
      counted.rateLimited().increment();
      context.getLog().info("Telegram asked to wait {} s; sending paused", retry.delay().toSeconds());
      pausedUntil = latest(pausedUntil, now.plus(retry.delay()), now);
    } else if (outcome instanceof NotSent notSent) {
      int failures = queued.networkFailures() + 1;
      context.getLog().warn("Telegram message {} not sent ({}); retry {} after backoff", entry.id(),
          notSent.reason(), failures);
      queue.put(entry.id(), new Queued(entry, now.plus(backoff(failures)), failures));
    } else if (outcome instanceof Unknown unknown && entry.unknownOutcomes() == 0) {
      context.getLog().warn("Telegram message {}: {}; sending it once more, as a possible duplicate",
          entry.id(), unknown.reason());
      OutboxEntry retried = new OutboxEntry(entry.id(), entry.message(), 1);
      queue.put(entry.id(), new Queued(retried, now.plus(settings.initialBackoff()), queued.networkFailures()));
    } else {
      queue.remove(entry.id());
      counted.failed().increment();
      String reason = outcome instanceof Refused refused ? refused.reason()
          : "no answer twice (" + ((Unknown) outcome).reason() + "); it may have arrived";
      report(entry, () -> journal.failed(entry.id(), entry.message(), reason));
    }
    if (draining && chatsInFlight.isEmpty()) {
      drainWaiters.forEach(waiter -> waiter.tell(Done.getInstance()));
      drainWaiters.clear();
      return stopping ? Behaviors.stopped() : Behaviors.same();
    }
    return dispatch();
  }

  private Behavior<Command> onDrain(Drain drain) {
    if (!drain.replyTo().path().address().hasLocalScope()) {
      drain.replyTo().tell(Done.getInstance());   // another node is stopping, not this one
      return Behaviors.same();
    }
    draining = true;
    if (chatsInFlight.isEmpty()) {
      drain.replyTo().tell(Done.getInstance());
    } else {
      drainWaiters.add(drain.replyTo());
    }
    return Behaviors.same();
  }

  private Behavior<Command> onStop() {
    draining = true;
    stopping = true;
    return chatsInFlight.isEmpty() ? Behaviors.stopped() : Behaviors.same();
  }

  /** A journal that fails must not stop the sender: the outcome is in the outbox anyway. */
  private void report(OutboxEntry entry, Runnable toJournal) {
    try {
      toJournal.run();
    } catch (RuntimeException e) {
      context.getLog().error("The delivery journal failed on Telegram message {} (its outbox row has the outcome)",
          entry.id(), e);
    }
  }

  private Duration backoff(int failures) {
    Duration delay = settings.initialBackoff().multipliedBy(1L << Math.min(failures - 1, 20));
    return delay.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : delay;
  }

  private static Instant latest(Instant a, Instant b, Instant c) {
    Instant ab = a.isAfter(b) ? a : b;
    return ab.isAfter(c) ? ab : c;
  }
}
