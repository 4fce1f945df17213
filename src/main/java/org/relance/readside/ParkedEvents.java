package org.relance.readside;

import org.apache.pekko.projection.eventsourced.EventEnvelope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The table {@code relance_parked_event}: the events a projection retried, could not handle and
 * skipped, with the error; counted per projection for {@code /health} and the admin page.
 */
public final class ParkedEvents {

  private static final int MAX_ERROR_LENGTH = 2000;

  private final DataSource dataSource;

  public ParkedEvents(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Records one parked event (again: the same row) in the caller's transaction. */
  static void park(Connection connection, ReadSideSql sql, String projection, String key, EventEnvelope<?> envelope,
                   String error, Instant at) throws SQLException {
    String message = error == null ? "(no message)" : error;
    sql.upsert(connection, "relance_parked_event",
        new String[] {"projection", "persistence_id", "sequence_nr"},
        new String[] {"projection_key", "event_type", "error_message", "parked_at"},
        projection, envelope.persistenceId(), envelope.sequenceNr(), key, envelope.event().getClass().getSimpleName(),
        message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message, Timestamp.from(at));
  }

  /** The persistence ids with a parked event in one projection instance. */
  static Set<String> persistenceIds(Connection connection, String projection, String key) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (var st = connection.prepareStatement("SELECT DISTINCT persistence_id FROM relance_parked_event "
        + "WHERE projection = ? AND projection_key = ?")) {
      st.setString(1, projection);
      st.setString(2, key);
      try (var rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  /** How many events each projection parked (projections without any are absent). */
  public Map<String, Long> countByProjection() {
    Map<String, Long> counts = new HashMap<>();
    try (Connection c = dataSource.getConnection(); var st = c.createStatement();
         var rs = st.executeQuery("SELECT projection, COUNT(*) FROM relance_parked_event GROUP BY projection")) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot count the parked events: " + e.getMessage(), e);
    }
  }

  /** How many events all projections parked. */
  public long total() {
    return countByProjection().values().stream().mapToLong(Long::longValue).sum();
  }
}
