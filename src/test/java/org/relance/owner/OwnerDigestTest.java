package org.relance.owner;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When the morning digest falls: the owner's hour in the business's zone, summer and winter. */
class OwnerDigestTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final java.time.LocalTime NINE = java.time.LocalTime.of(9, 0);

  @Test
  void nineInParisIsEightUtcInWinterAndSevenInSummer() {
    assertEquals(Instant.parse("2026-11-23T08:00:00Z"), OwnerDigest.nextDigest(Instant.parse("2026-11-23T07:59:00Z"), NINE, PARIS));
    assertEquals(Instant.parse("2026-06-01T07:00:00Z"), OwnerDigest.nextDigest(Instant.parse("2026-06-01T06:00:00Z"), NINE, PARIS));
  }

  @Test
  void theNextDigestIsStrictlyLater() {
    assertEquals(Instant.parse("2026-11-24T08:00:00Z"), OwnerDigest.nextDigest(Instant.parse("2026-11-23T08:00:00Z"), NINE, PARIS));
  }

  @Test
  void theDayTheClocksChangeKeepsTheLocalHour() {
    // 2027-03-28: Paris goes from UTC+1 to UTC+2 at 02:00
    assertEquals(Instant.parse("2027-03-28T07:00:00Z"), OwnerDigest.nextDigest(Instant.parse("2027-03-27T08:00:00Z"), NINE, PARIS));
  }

  @Test
  void halfPastEightKeepsItsMinutes() {
    assertEquals(Instant.parse("2026-11-23T07:30:00Z"), OwnerDigest.nextDigest(Instant.parse("2026-11-23T07:00:00Z"),
        java.time.LocalTime.of(8, 30), PARIS));
  }
}
