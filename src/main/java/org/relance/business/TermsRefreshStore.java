package org.relance.business;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code relance_terms_refresh}: which businesses' new terms still have open cases to
 * reach, and how far each got (by case id). A new change of the same business starts it again from
 * the first case under a new generation; the refresh of an older generation cannot finish it.
 */
public final class TermsRefreshStore {

  /** One business's refresh in progress. */
  public record Pending(String businessId, long generation, String afterCaseId) {}

  private final DataSource dataSource;

  public TermsRefreshStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Asks for the business's open cases to get its current terms; returns the request's generation. */
  public long request(String businessId, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long generation = generation(c, businessId).map(g -> g + 1).orElse(1L);
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM relance_terms_refresh WHERE business_id = ?");
           PreparedStatement insert = c.prepareStatement("INSERT INTO relance_terms_refresh "
               + "(business_id, generation, after_case_id, requested_at) VALUES (?, ?, '', ?)")) {
        delete.setString(1, businessId);
        delete.executeUpdate();
        insert.setString(1, businessId);
        insert.setLong(2, generation);
        insert.setTimestamp(3, Timestamp.from(now));
        insert.executeUpdate();
      }
      c.commit();
      return generation;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the terms to send to the cases of " + businessId, e);
    }
  }

  /** Every refresh in progress, oldest request first. */
  public List<Pending> pending() {
    List<Pending> pending = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); var st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT business_id, generation, after_case_id FROM relance_terms_refresh "
             + "ORDER BY requested_at")) {
      while (rs.next()) {
        pending.add(new Pending(rs.getString(1), rs.getLong(2), rs.getString(3)));
      }
      return pending;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the terms refreshes in progress", e);
    }
  }

  /** True while the refresh of that generation (or a later one) has cases left. */
  public boolean inProgress(String businessId, long generation) {
    try (Connection c = dataSource.getConnection()) {
      return generation(c, businessId).filter(g -> g >= generation).isPresent();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the terms refresh of " + businessId, e);
    }
  }

  /** The next open cases of the business after {@code afterCaseId}, by case id. */
  public List<String> openCases(String businessId, String afterCaseId, int limit) {
    List<String> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT case_id FROM case_summary WHERE business_id = ? AND closure IS NULL AND case_id > ? "
            + "ORDER BY case_id LIMIT ?")) {
      st.setString(1, businessId);
      st.setString(2, afterCaseId);
      st.setInt(3, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the open cases of " + businessId, e);
    }
  }

  /** Records that the cases up to {@code caseId} have the terms of {@code generation}. */
  public void reached(String businessId, long generation, String caseId) {
    update("UPDATE relance_terms_refresh SET after_case_id = ? WHERE business_id = ? AND generation = ?",
        caseId, businessId, generation);
  }

  /** Every open case has the terms of {@code generation}; a later request is left standing. */
  public void finished(String businessId, long generation) {
    update("DELETE FROM relance_terms_refresh WHERE business_id = ? AND generation = ?", businessId, generation);
  }

  private void update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the progress of a terms refresh", e);
    }
  }

  private static Optional<Long> generation(Connection c, String businessId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(
        "SELECT generation FROM relance_terms_refresh WHERE business_id = ?")) {
      st.setString(1, businessId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }
}
