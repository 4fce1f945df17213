package org.relance.telegram;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimitTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void oneMessageASecondInAChatAndThirtyASecondOverall() {
    RateLimit limit = new RateLimit(30, 1);
    limit.record("a", true, T0);
    assertEquals(T0.plusSeconds(1), limit.earliest("a", true, T0), "the same chat waits a second");
    Instant otherChat = limit.earliest("b", true, T0);
    assertEquals(Duration.ofNanos(33_333_334), Duration.between(T0, otherChat), "another chat waits 1/30 s");
    limit.record("b", true, otherChat);
    assertEquals(T0.plusSeconds(1), limit.earliest("a", true, otherChat), "chat a still waits its second");
  }

  @Test
  void buttonAnswersOnlyCountAgainstTheOverallLimit() {
    RateLimit limit = new RateLimit(30, 1);
    limit.record("a", true, T0);
    Instant later = T0.plusMillis(100);
    assertEquals(later, limit.earliest("a", false, later), "answering a button press is not a chat message");
  }
}
