package org.relance.invitations;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relance.accounts.Secrets;
import org.relance.config.DatabaseConfig;
import org.relance.invitations.Invitations.Kind;
import org.relance.invitations.Invitations.Refusal;
import org.relance.scheduling.SimulatedClock;
import org.relance.storage.MigratedDataSources;
import org.relance.storage.SchemaMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The invitation table on H2 and PostgreSQL: tokens kept only as their SHA-256 (and clear tokens
 * of earlier versions hashed by the migration), a re-issued debtor link retiring the earlier one,
 * and the verification tries kept per link and per chat until the link is locked.
 */
class InvitationTokensTest {

  private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

  private Invitations invitations(DataSource dataSource) {
    return new Invitations(dataSource, new SimulatedClock(START), Duration.ofDays(14), () -> "relance_bot");
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void noTokenIsStoredInClear(DatabaseConfig.Kind kind) throws SQLException {
    DataSource dataSource = MigratedDataSources.of(kind);
    Invitations invitations = invitations(dataSource);
    String owner = invitations.issueForOwner("biz-1").token();
    String debtor = invitations.issueForDebtor("biz-1", "case-1").token();
    String retried = invitations.issueForDebtor("biz-1", "case-2", "open:k").token();
    assertTrue(invitations.redeem(debtor, Kind.DEBTOR, "2801").accepted());

    List<String> cells = cells(dataSource);
    for (String token : List.of(owner, debtor, retried)) {
      assertTrue(cells.stream().noneMatch(cell -> cell.contains(token)), "clear token " + token + " in " + cells);
      assertTrue(cells.contains(Secrets.sha256(token)), "the SHA-256 of " + token + " is kept");
    }
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void aRetryWithTheSameKeyGetsAFreshTokenThatReplacesTheFirst(DatabaseConfig.Kind kind) {
    Invitations invitations = invitations(MigratedDataSources.of(kind));
    String first = invitations.issueForDebtor("biz-1", "case-1", "open:k").token();
    String retried = invitations.issueForDebtor("biz-1", "case-1", "open:k").token();
    assertNotEquals(first, retried, "the first token cannot be shown again: only its hash is kept");
    assertEquals(Refusal.REPLACED, invitations.redeem(first, Kind.DEBTOR, "2801").refusal());
    assertTrue(invitations.redeem(retried, Kind.DEBTOR, "2801").accepted());
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void aReissuedDebtorLinkRetiresTheEarlierOneEvenOnceOpened(DatabaseConfig.Kind kind) {
    Invitations invitations = invitations(MigratedDataSources.of(kind));
    String unused = invitations.issueForDebtor("biz-1", "case-1").token();
    String opened = invitations.issueForDebtor("biz-1", "case-2").token();
    assertTrue(invitations.redeem(opened, Kind.DEBTOR, "2801").accepted());
    String otherCase = invitations.issueForDebtor("biz-1", "case-3").token();

    String freshOne = invitations.issueForDebtor("biz-1", "case-1").token();
    String freshTwo = invitations.issueForDebtor("biz-1", "case-2").token();
    assertEquals(Refusal.REPLACED, invitations.redeem(unused, Kind.DEBTOR, "2801").refusal());
    assertEquals(Refusal.REPLACED, invitations.redeem(opened, Kind.DEBTOR, "2801").refusal(),
        "even the chat that opened it");
    assertEquals(Invitations.Access.REPLACED, invitations.verificationAccess("case-2", "2801", 3),
        "the chat bound by the old link may not verify with it");
    assertTrue(invitations.redeem(freshOne, Kind.DEBTOR, "2802").accepted());
    assertTrue(invitations.redeem(freshTwo, Kind.DEBTOR, "2801").accepted());
    assertTrue(invitations.redeem(otherCase, Kind.DEBTOR, "2803").accepted(), "other cases untouched");
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void wrongAnswersLockTheLinkUntilItIsReissued(DatabaseConfig.Kind kind) {
    Invitations invitations = invitations(MigratedDataSources.of(kind));
    String token = invitations.issueForDebtor("biz-1", "case-1").token();
    assertTrue(invitations.redeem(token, Kind.DEBTOR, "2801").accepted());
    assertEquals(Invitations.Access.OPEN, invitations.verificationFailed("case-1", "2801", 3));
    assertEquals(Invitations.Access.OPEN, invitations.verificationFailed("case-1", "2801", 3));
    assertEquals(Invitations.Access.LOCKED_NOW, invitations.verificationFailed("case-1", "2801", 3));
    assertEquals(Invitations.Access.LOCKED, invitations.verificationAccess("case-1", "2801", 3));
    assertTrue(invitations.redeem(token, Kind.DEBTOR, "2801").accepted(), "the same chat is still bound");
    assertEquals(Invitations.Access.LOCKED, invitations.verificationAccess("case-1", "2801", 3));

    String fresh = invitations.issueForDebtor("biz-1", "case-1").token();
    assertTrue(invitations.redeem(fresh, Kind.DEBTOR, "2801").accepted());
    assertEquals(Invitations.Access.OPEN, invitations.verificationAccess("case-1", "2801", 3));
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void aChatsWrongAnswersCountAcrossTheCasesItOpened(DatabaseConfig.Kind kind) {
    Invitations invitations = invitations(MigratedDataSources.of(kind));
    for (String caseId : List.of("case-1", "case-2", "case-3")) {
      assertTrue(invitations.redeem(invitations.issueForDebtor("biz-1", caseId).token(), Kind.DEBTOR, "2801")
          .accepted());
    }
    assertEquals(Invitations.Access.OPEN, invitations.verificationFailed("case-1", "2801", 3));
    assertEquals(Invitations.Access.OPEN, invitations.verificationFailed("case-2", "2801", 3));
    assertEquals(Invitations.Access.LOCKED_NOW, invitations.verificationFailed("case-3", "2801", 3));
    assertEquals(Invitations.Access.LOCKED_NOW, invitations.verificationAccess("case-1", "2801", 3),
        "the chat's third wrong answer locks its other links too, each once");
    assertEquals(Invitations.Access.LOCKED, invitations.verificationAccess("case-1", "2801", 3));
  }

  @ParameterizedTest
  @EnumSource(DatabaseConfig.Kind.class)
  void clearTokensOfAnEarlierVersionAreHashedByTheMigration(DatabaseConfig.Kind kind) throws SQLException {
    DataSource dataSource = MigratedDataSources.of(kind);
    String clear = "AbCdEfGhIjKlMnOpQrStUv";
    try (Connection c = dataSource.getConnection();
         var insert = c.prepareStatement("INSERT INTO relance_invitation (token, kind, business_id, case_id, issued_at, "
             + "expires_at) VALUES (?, 'DEBTOR', 'biz-1', 'case-1', ?, ?)");
         var forget = c.prepareStatement("DELETE FROM relance_schema_version WHERE version = 72")) {
      insert.setString(1, clear);
      insert.setTimestamp(2, Timestamp.from(START));
      insert.setTimestamp(3, Timestamp.from(START.plus(Duration.ofDays(14))));
      insert.executeUpdate();
      forget.executeUpdate();
    }
    assertEquals(1, new SchemaMigration(dataSource, kind).migrate(), "V72 runs again on the older row");

    List<String> cells = cells(dataSource);
    assertFalse(cells.contains(clear), cells.toString());
    assertTrue(cells.contains(Secrets.sha256(clear)), cells.toString());
    assertTrue(invitations(dataSource).redeem(clear, Kind.DEBTOR, "2801").accepted(), "the link still opens");
  }

  /** Every text cell of the invitation table. */
  private static List<String> cells(DataSource dataSource) throws SQLException {
    List<String> cells = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
         ResultSet rs = c.createStatement().executeQuery("SELECT * FROM relance_invitation")) {
      while (rs.next()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          Object value = rs.getObject(i);
          if (value != null) {
            cells.add(value.toString());
          }
        }
      }
    }
    return cells;
  }
}
