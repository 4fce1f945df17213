package org.relance.owner;

import org.relance.scheduling.TimeKeeper;
import org.relance.telegram.OutgoingMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The owners' morning digest: at each business's digest time (hour and minute) in its time zone,
 * every bound chat gets the open tasks due that day or before (a title, then one message per task
 * with its buttons); nothing due, no digest. One digest per chat and local day, even if the clock
 * stops twice at that time. A digest time rung later (the service was down) is still sent if it is
 * the same local day for the owner now, never a past day's. An {@link TimeKeeper.Alarm}: the
 * simulated clock stops at digest times, and {@link org.relance.scheduling.AlarmTicker} rings it with the system clock,
 * looking back {@link #LOOK_BACK} when the service starts.
 */
public final class OwnerDigest implements TimeKeeper.Alarm {

  /** A day and an hour: enough to find a digest time of the current local day, in any zone, across a clock change. */
  public static final java.time.Duration LOOK_BACK = java.time.Duration.ofHours(25);

  private final OwnerChats chats;
  private final OwnerCases cases;
  private final OwnerAgenda agenda;
  private final Function<List<OutgoingMessage>, CompletionStage<Void>> outbox;
  private final Executor blocking;
  private final Clock clock;

  /** {@code clock}: the one that rings the digest (the service's), telling which local day it is now. */
  public OwnerDigest(OwnerChats chats, OwnerCases cases, OwnerTexts texts,
                     Function<List<OutgoingMessage>, CompletionStage<Void>> outbox, Executor blocking, Clock clock) {
    this.clock = clock;
    this.chats = chats;
    this.cases = cases;
    this.agenda = new OwnerAgenda(texts);
    this.outbox = outbox;
    this.blocking = blocking;
  }

  /** The first digest time strictly after {@code after} in that zone. */
  public static Instant nextDigest(Instant after, LocalTime time, ZoneId zone) {
    ZonedDateTime local = after.atZone(zone);
    ZonedDateTime candidate = local.toLocalDate().atTime(time).atZone(zone);
    if (!candidate.toInstant().isAfter(after)) {
      candidate = local.toLocalDate().plusDays(1).atTime(time).atZone(zone);
    }
    return candidate.toInstant();
  }

  @Override
  public CompletionStage<Optional<Instant>> nextAfter(Instant after) {
    return cases.boundOwners(chats).thenApply(owners -> owners.stream()
        .map(o -> nextDigest(after, o.profile().digestTime(), o.profile().timezone()))
        .min(Instant::compareTo));
  }

  @Override
  public CompletionStage<Void> ring(Instant at) {
    Instant now = clock.instant();
    return cases.boundOwners(chats).thenCompose(owners -> {
      CompletionStage<Void> all = CompletableFuture.completedFuture(null);
      for (OwnerCases.BoundOwner owner : owners) {
        ZoneId zone = owner.profile().timezone();
        ZonedDateTime local = at.atZone(zone);
        if (local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).equals(owner.profile().digestTime())
            && local.toLocalDate().equals(now.atZone(zone).toLocalDate())) {
          all = all.thenCompose(done -> send(owner, local.toLocalDate(), at));
        }
      }
      return all;
    });
  }

  private CompletionStage<Void> send(OwnerCases.BoundOwner owner, LocalDate day, Instant at) {
    String chat = owner.binding().chatId();
    return CompletableFuture.supplyAsync(() -> chats.markDigest(chat, day, at), blocking).thenCompose(first -> !first
        ? CompletableFuture.completedFuture(null)
        : cases.openCases(owner.binding().businessId()).thenCompose(views -> {
          List<OutgoingMessage> messages = agenda.messages(chat, "owner.digest.title", OwnerAgenda.due(views, day),
              owner.profile().language());
          return messages.isEmpty() ? CompletableFuture.completedFuture(null) : outbox.apply(messages);
        }));
  }
}
