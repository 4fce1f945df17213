package org.relance.readside;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.typesafe.config.ConfigFactory;
import org.apache.pekko.persistence.query.Offset;
import org.apache.pekko.projection.eventsourced.EventEnvelope;
import org.apache.pekko.projection.jdbc.javadsl.JdbcHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.RelanceConfig;
import org.relance.storage.Database;
import org.relance.storage.PooledJdbcSession;
import org.relance.storage.SchemaMigration;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parked event's ERROR line names the projection, the case's journal and the event's kind, not the
 * error's message, which may quote the row a database refused (a debtor's name): that message is kept
 * in {@code relance_parked_event}, where the admin reads it.
 */
class ParkingLogTest {

  private static final String PERSONAL = "Zebulon Quillfeather";

  @Test
  void theErrorLineLeavesTheMessageToTheParkedRow(@TempDir Path dataDir) throws Exception {
    Database database = Database.open(RelanceConfig.load(null, Map.of(),
        ConfigFactory.parseMap(Map.of("relance.data-dir", dataDir.toString()))));
    Logger logger = (Logger) LoggerFactory.getLogger(Parking.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      new SchemaMigration(database.dataSource(), database.kind()).migrate();
      Parking parking = new Parking("test-projection", "cases-0", 0, new ReadSideSql(database.kind()), Clock.systemUTC());
      JdbcHandler<EventEnvelope<String>, PooledJdbcSession> refusing = new JdbcHandler<>() {
        @Override
        public void process(PooledJdbcSession session, EventEnvelope<String> envelope) {
          throw new IllegalStateException("Unique index violation: VALUES ('c-1', '" + PERSONAL + "')");
        }
      };
      PooledJdbcSession session = new PooledJdbcSession(database.dataSource());
      new Parking.Single<>(parking, refusing).process(session,
          EventEnvelope.create(Offset.sequence(1), "DebtorCase|c-1", 1, "opened", 0L));
      session.commit();
      session.close();
      try (var c = database.dataSource().getConnection();
           ResultSet rs = c.createStatement().executeQuery("SELECT error_message FROM relance_parked_event")) {
        assertTrue(rs.next() && rs.getString(1).contains(PERSONAL), "the parked row keeps the whole error");
      }
    } finally {
      logger.detachAppender(logged);
      database.close();
    }
    List<ILoggingEvent> errors = logged.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
    assertEquals(1, errors.size(), logged.list.toString());
    String line = errors.get(0).getFormattedMessage();
    assertTrue(line.contains("test-projection") && line.contains("DebtorCase|c-1") && line.contains("String"), line);
    assertFalse(line.contains(PERSONAL), line);
  }
}
