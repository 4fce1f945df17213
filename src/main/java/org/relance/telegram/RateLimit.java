package org.relance.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's sending limits as spacing: at most {@code overallPerSecond} calls a second in all and
 * {@code perChatPerSecond} messages a second in one chat. Pure: the caller passes the time.
 */
final class RateLimit {

  private final Duration overallGap;
  private final Duration chatGap;
  private Instant nextOverall = Instant.MIN;
  private final Map<String, Instant> nextInChat = new HashMap<>();

  RateLimit(double overallPerSecond, double perChatPerSecond) {
    this.overallGap = gap(overallPerSecond);
    this.chatGap = gap(perChatPerSecond);
  }

  /** The earliest instant a message for {@code chat} may go (now or later). */
  Instant earliest(String chat, boolean countsAgainstChat, Instant now) {
    Instant earliest = max(now, nextOverall);
    return countsAgainstChat ? max(earliest, nextInChat.getOrDefault(chat, Instant.MIN)) : earliest;
  }

  /** Records a call made at {@code now}. */
  void record(String chat, boolean countsAgainstChat, Instant now) {
    nextOverall = now.plus(overallGap);
    if (countsAgainstChat) {
      nextInChat.put(chat, now.plus(chatGap));
    }
    nextInChat.values().removeIf(next -> next.isBefore(now));
  }

  private static Duration gap(double perSecond) {
    return Duration.ofNanos((long) Math.ceil(1_000_000_000d / perSecond));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
