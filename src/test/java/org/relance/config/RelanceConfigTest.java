package org.relance.config;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelanceConfigTest {

  @Test
  void environmentVariableSpelledFromTheKeyOverridesTheReference() {
    var config = RelanceConfig.load(null, Map.of("RELANCE_HTTP_PORT", "9191", "RELANCE_DATA_DIR", "/tmp/x"),
        ConfigFactory.empty());
    assertEquals(9191, config.getInt("relance.http.port"));
    assertEquals("/tmp/x", config.getString("relance.data-dir"));
  }

  @Test
  void operatorFileOverridesTheReferenceAndTheEnvironmentOverridesTheFile(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("application.conf");
    Files.writeString(file, "relance.http.port = 7000\nrelance.ladder.minimum-gap-days = 5\n");
    var config = RelanceConfig.load(file, Map.of("RELANCE_HTTP_PORT", "7001"), ConfigFactory.empty());
    assertEquals(7001, config.getInt("relance.http.port"));
    assertEquals(5, config.getInt("relance.ladder.minimum-gap-days"));
  }

  /**
   * A read side that finds a gap in the journal positions waits {@code relance.read-side.gap-wait}
   * for its events to commit before going past them: Pekko's tries times the poll interval. With the
   * default ten tries at a 100 ms poll, a write of a thousand events committing a second late under
   * load was skipped for good (its case's later events then parked for want of its opening).
   */
  @Test
  void aGapInTheJournalIsWaitedForAsLongAsTheSettingSays() {
    for (String poll : new String[] {"100ms", "1s", "30ms"}) {
      var config = RelanceConfig.load(null, Map.of("RELANCE_READ_SIDE_POLL_INTERVAL", poll), ConfigFactory.empty());
      long waitedMillis = config.getLong("jdbc-read-journal.journal-sequence-retrieval.max-tries")
          * config.getDuration("jdbc-read-journal.journal-sequence-retrieval.query-delay").toMillis();
      assertTrue(waitedMillis >= config.getDuration("relance.read-side.gap-wait").toMillis(), poll + ": " + waitedMillis);
      assertTrue(waitedMillis < config.getDuration("relance.read-side.gap-wait").toMillis() + 1000, poll + ": " + waitedMillis);
    }
  }

  @Test
  void everyReferenceKeyIsUnderRelanceAndHasAnEnvironmentName() {
    var reference = ConfigFactory.parseFile(Path.of("src/main/resources/reference.conf").toFile()).resolve();
    for (var entry : reference.entrySet()) {
      assertTrue(entry.getKey().startsWith("relance."), entry.getKey());
    }
    assertEquals("RELANCE_LADDER_PRE_DUE_DAYS_BEFORE", RelanceConfig.environmentName("relance.ladder.pre-due-days-before"));
  }

  @Test
  void defaultDatabaseIsAnH2FileUnderTheDataDirectory() {
    var config = RelanceConfig.load(null, Map.of("RELANCE_DATA_DIR", "/srv/relance"), ConfigFactory.empty());
    assertEquals("jdbc:h2:file:/srv/relance/relance;DATABASE_TO_UPPER=false;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
        config.getString("pekko-persistence-jdbc.shared-databases.slick.db.url"));
    assertEquals("h2-dialect", config.getString("pekko.projection.jdbc.dialect"));
  }

  @Test
  void anOperatorsH2UrlFlushesEveryCommitAndOneThatAsksForADelayIsRefused() {
    var config = RelanceConfig.load(null, Map.of("RELANCE_DB_URL", "jdbc:h2:file:/srv/r;DATABASE_TO_UPPER=false"),
        ConfigFactory.empty());
    assertEquals("jdbc:h2:file:/srv/r;DATABASE_TO_UPPER=false;WRITE_DELAY=0",
        config.getString("pekko-persistence-jdbc.shared-databases.slick.db.url"));
    var delayed = assertThrows(IllegalArgumentException.class, () -> RelanceConfig.load(null,
        Map.of("RELANCE_DB_URL", "jdbc:h2:file:/srv/r;write_delay=500"), ConfigFactory.empty()));
    assertTrue(delayed.getMessage().contains("WRITE_DELAY=500"), delayed.getMessage());
  }

  @Test
  void postgresWithoutUrlIsRefusedWithTheSettingToFix() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> RelanceConfig.load(null, Map.of("RELANCE_DB_KIND", "postgres"), ConfigFactory.empty()));
    assertTrue(e.getMessage().contains("RELANCE_DB_URL"), e.getMessage());
  }

  @Test
  void unknownDatabaseKindIsRefused() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> RelanceConfig.load(null, Map.of("RELANCE_DB_KIND", "mysql"), ConfigFactory.empty()));
    assertTrue(e.getMessage().contains("h2 or postgres"), e.getMessage());
  }
}
