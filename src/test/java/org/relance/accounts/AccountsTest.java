package org.relance.accounts;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.DatabaseConfig;
import org.relance.storage.SchemaMigration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Accounts, sessions and API tokens on a real H2 file with the project's migrations. */
class AccountsTest {

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  private HikariDataSource dataSource;
  private final MovableClock clock = new MovableClock();
  private Accounts accounts;

  @BeforeEach
  void open(@TempDir Path dir) {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl("jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_UPPER=false");
    new SchemaMigration(dataSource, DatabaseConfig.Kind.H2).migrate();
    accounts = new Accounts(dataSource, new PasswordHasher(), clock);
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  @Test
  void passwordsAreStoredAsArgon2idAndOnlyTheRightOneSignsIn() {
    accounts.add("Owner@Example.org", Role.OWNER, Set.of("b1"), "correct horse battery");
    assertTrue(accounts.authenticate("owner@example.org ", "correct horse battery").isPresent(), "email case-insensitive");
    assertTrue(accounts.authenticate("owner@example.org", "correct horse batterY").isEmpty());
    assertTrue(accounts.authenticate("nobody@example.org", "correct horse battery").isEmpty());
    String stored = new PasswordHasher().hash("correct horse battery");
    assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
    assertNotEquals(stored, new PasswordHasher().hash("correct horse battery"), "salted");
    assertFalse(new PasswordHasher().matches("x", "$2a$10$notargon"));
  }

  @Test
  void badAccountsAreRefusedWithAReason() {
    var shortPassword = assertThrows(IllegalArgumentException.class,
        () -> accounts.add("a@b.c", Role.ADMIN, Set.of(), "short"));
    assertTrue(shortPassword.getMessage().contains("12"));
    var noBusiness = assertThrows(IllegalArgumentException.class,
        () -> accounts.add("a@b.c", Role.ACCOUNTANT, Set.of(), "long enough password"));
    assertTrue(noBusiness.getMessage().contains("--business"));
    assertThrows(IllegalArgumentException.class, () -> accounts.add("not-an-email", Role.ADMIN, Set.of(), "long enough password"));
    accounts.add("a@b.c", Role.ADMIN, Set.of(), "long enough password");
    assertThrows(IllegalArgumentException.class, () -> accounts.add("A@b.c", Role.ADMIN, Set.of(), "long enough password"));
    assertEquals(1, accounts.list().size());
  }

  @Test
  void roleRulesOwnerChangesItsOwnAccountantOnlyReads() {
    Account owner = accounts.add("o@x.fr", Role.OWNER, Set.of("b1"), "long enough password");
    Account accountant = accounts.add("c@x.fr", Role.ACCOUNTANT, Set.of("b1", "b2"), "long enough password");
    Account admin = accounts.add("a@x.fr", Role.ADMIN, Set.of(), "long enough password");
    assertTrue(owner.canChange("b1"));
    assertFalse(owner.canRead("b2"));
    assertTrue(accountant.canRead("b2"));
    assertFalse(accountant.canChange("b1"));
    assertTrue(admin.canChange("anything"));
    assertEquals(Set.of("b1", "b2"), accounts.find("c@x.fr").orElseThrow().businessIds());
  }

  @Test
  void sessionsExpireAndDieWithADisabledAccount() {
    Account owner = accounts.add("o@x.fr", Role.OWNER, Set.of("b1"), "long enough password");
    Sessions sessions = new Sessions(dataSource, accounts, clock, Duration.ofHours(8));
    var opened = sessions.open(owner);
    assertEquals(opened.csrfToken(), sessions.find(opened.id()).orElseThrow().csrfToken());
    assertTrue(sessions.find("forged").isEmpty());
    clock.now = clock.now.plus(Duration.ofHours(8));
    assertTrue(sessions.find(opened.id()).isEmpty(), "expired");

    var second = sessions.open(owner);
    accounts.disable("o@x.fr");
    assertTrue(sessions.find(second.id()).isEmpty(), "disabled account");
    assertTrue(accounts.authenticate("o@x.fr", "long enough password").isEmpty());
  }

  @Test
  void apiTokensActAsTheirAccountUntilRevoked() {
    Account owner = accounts.add("o@x.fr", Role.OWNER, Set.of("b1"), "long enough password");
    ApiTokens tokens = new ApiTokens(dataSource, accounts, clock);
    var created = tokens.create(owner, "nightly export");
    assertTrue(created.token().startsWith(ApiTokens.PREFIX));
    assertEquals("o@x.fr", tokens.find(created.token()).orElseThrow().email());
    assertTrue(tokens.revoke(created.id()));
    assertFalse(tokens.revoke(created.id()));
    assertTrue(tokens.find(created.token()).isEmpty());
  }

  @Test
  void aSignInLinkWorksOnceBeforeItExpires() {
    Account owner = accounts.add("o@x.fr", Role.OWNER, Set.of("b1"), "long enough password");
    SignInLinks links = new SignInLinks(dataSource, accounts, clock);
    String once = links.create(owner, Duration.ofMinutes(15));
    assertEquals("o@x.fr", links.use(once).orElseThrow().email());
    assertTrue(links.use(once).isEmpty(), "used already");
    String late = links.create(owner, Duration.ofMinutes(15));
    clock.now = clock.now.plus(Duration.ofMinutes(15));
    assertTrue(links.use(late).isEmpty(), "expired");
    String disabled = links.create(owner, Duration.ofMinutes(15));
    accounts.disable("o@x.fr");
    assertTrue(links.use(disabled).isEmpty(), "disabled account");
    assertTrue(links.use("forged").isEmpty());
  }
}
