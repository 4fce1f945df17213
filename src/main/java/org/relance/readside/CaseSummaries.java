package org.relance.readside;

import org.relance.ladder.Stage;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists and filters cases from the summary read side, so no list ever wakes the entities. Values
 * are as the case last wrote them; overdue days are counted to today in each business's time zone.
 */
public final class CaseSummaries {

  /** One line of a case list. */
  public record CaseSummary(String id, String businessId, String debtorName, String debtorType, Stage stage,
                            String status, List<String> holds, String currency, BigDecimal balance,
                            LocalDate oldestDueDate, int overdueDays, NextStep nextStep, String profile,
                            int openTasks, String closure, Instant openedAt, Instant updatedAt) {}

  /** The next rung of a listed case. */
  public record NextStep(Stage stage, Instant dueAt) {}

  /** Optional filters; null means any. */
  public record Filter(String businessId, Stage stage, String status, String profile) {}

  private final DataSource dataSource;

  public CaseSummaries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<CaseSummary> list(Filter filter, Instant now) {
    StringBuilder sql = new StringBuilder("SELECT * FROM case_summary WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    addFilter(sql, args, "business_id", filter.businessId());
    addFilter(sql, args, "stage", filter.stage() == null ? null : filter.stage().wire());
    addFilter(sql, args, "status", filter.status());
    addFilter(sql, args, "profile", filter.profile());
    sql.append(" ORDER BY oldest_due_date, case_id");
    try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      List<CaseSummary> result = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          result.add(row(rs, now));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list cases: " + e.getMessage(), e);
    }
  }

  private static void addFilter(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }

  private static CaseSummary row(ResultSet rs, Instant now) throws SQLException {
    LocalDate today = now.atZone(java.time.ZoneId.of(rs.getString("zone"))).toLocalDate();
    LocalDate oldestDue = rs.getDate("oldest_due_date").toLocalDate();
    BigDecimal balance = rs.getBigDecimal("balance");
    int overdue = balance.signum() > 0 ? (int) Math.max(0, ChronoUnit.DAYS.between(oldestDue, today)) : 0;
    String nextStage = rs.getString("next_stage");
    String holds = rs.getString("holds");
    return new CaseSummary(rs.getString("case_id"), rs.getString("business_id"), rs.getString("debtor_name"),
        rs.getString("debtor_type"), Stage.fromWire(rs.getString("stage")), rs.getString("status"),
        holds.isEmpty() ? List.of() : List.of(holds.split(",")), rs.getString("currency"), balance, oldestDue, overdue,
        nextStage == null ? null : new NextStep(Stage.fromWire(nextStage), instant(rs.getTimestamp("next_due_at"))),
        rs.getString("profile"), rs.getInt("open_tasks"), rs.getString("closure"),
        instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("updated_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

}
