package org.relance.readside;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the next-wake-up read side: which cases are due by an instant, and the earliest due time. */
public final class CaseWakeups {

  private final DataSource dataSource;

  public CaseWakeups(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The cases whose next wake-up is at or before {@code now}. */
  public List<String> dueBy(Instant now) {
    try (Connection c = dataSource.getConnection();
         var st = c.prepareStatement("SELECT case_id FROM case_wakeup WHERE due_at <= ? ORDER BY due_at")) {
      st.setTimestamp(1, Timestamp.from(now));
      List<String> ids = new ArrayList<>();
      try (var rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the cases due: " + e.getMessage(), e);
    }
  }

  /** The earliest wake-up of any case, if one is planned. */
  public Optional<Instant> earliest() {
    try (Connection c = dataSource.getConnection();
         var st = c.createStatement();
         var rs = st.executeQuery("SELECT MIN(due_at) FROM case_wakeup")) {
      rs.next();
      Timestamp t = rs.getTimestamp(1);
      return Optional.ofNullable(t).map(Timestamp::toInstant);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the next wake-up: " + e.getMessage(), e);
    }
  }
}
