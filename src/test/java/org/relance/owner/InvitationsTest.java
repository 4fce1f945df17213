package org.relance.owner;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.DatabaseConfig;
import org.relance.invitations.Invitations;
import org.relance.invitations.Invitations.Kind;
import org.relance.invitations.Invitations.Refusal;
import org.relance.scheduling.SimulatedClock;
import org.relance.storage.SchemaMigration;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** Invitation tokens on a real H2 database with the project's schema and a simulated clock. */
class InvitationsTest {

  private SimulatedClock clock;
  private Invitations invitations;

  @BeforeEach
  void start(@TempDir Path dir) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:" + dir.resolve("db") + ";DATABASE_TO_UPPER=false");
    new SchemaMigration(dataSource, DatabaseConfig.Kind.H2).migrate();
    clock = new SimulatedClock(Instant.parse("2026-11-23T08:00:00Z"));
    invitations = new Invitations(dataSource, clock, Duration.ofDays(14), () -> "relance_bot");
  }

  @Test
  void aLinkOpensTheBotWithAnUnguessableToken() {
    Invitations.Invitation first = invitations.issueForOwner("biz-1");
    Invitations.Invitation second = invitations.issueForOwner("biz-2");
    assertEquals("https://t.me/relance_bot?start=" + first.token(), first.link());
    assertTrue(first.token().matches("[A-Za-z0-9_-]{22}"), first.token());
    assertNotEquals(first.token(), second.token());
    assertEquals(Instant.parse("2026-12-07T08:00:00Z"), first.expiresAt());
  }

  @Test
  void aTokenIsUsedOnceButTheSameChatGetsTheSameAnswerAgain() {
    String token = invitations.issueForOwner("biz-1").token();
    Invitations.Redemption first = invitations.redeem(token, Kind.OWNER, "1401");
    assertTrue(first.accepted());
    assertEquals("biz-1", first.businessId());
    assertEquals(first, invitations.redeem(token, Kind.OWNER, "1401"), "a redelivered /start changes nothing");
    assertEquals(Refusal.USED, invitations.redeem(token, Kind.OWNER, "1402").refusal());
    assertEquals(Refusal.UNKNOWN, invitations.redeem("not-a-token", Kind.OWNER, "1402").refusal());
  }

  @Test
  void aTokenExpiresOnTheServiceClock() {
    String token = invitations.issueForOwner("biz-1").token();
    clock.advanceTo(Instant.parse("2026-12-07T08:00:00Z"));
    assertEquals(Refusal.EXPIRED, invitations.redeem(token, Kind.OWNER, "1401").refusal());
  }

  @Test
  void aNewOwnerLinkRetiresTheUnusedOneOfTheSameBusinessOnly() {
    String old = invitations.issueForOwner("biz-1").token();
    String other = invitations.issueForOwner("biz-2").token();
    clock.advanceTo(Instant.parse("2026-11-24T08:00:00Z"));
    String fresh = invitations.issueForOwner("biz-1").token();
    assertEquals(Refusal.EXPIRED, invitations.redeem(old, Kind.OWNER, "1401").refusal());
    assertTrue(invitations.redeem(fresh, Kind.OWNER, "1401").accepted());
    assertTrue(invitations.redeem(other, Kind.OWNER, "1402").accepted());
  }

  @Test
  void aTokenOfAnotherKindIsLeftUntouched() {
    String token = invitations.issueForOwner("biz-1").token();
    assertEquals(Refusal.OTHER_KIND, invitations.redeem(token, Kind.DEBTOR, "1401").refusal());
    assertTrue(invitations.redeem(token, Kind.OWNER, "1401").accepted(), "still usable by its owner");
  }
}
