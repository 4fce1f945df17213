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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.time.ZoneId;

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

  /**
   * A search: the businesses in scope (null: every one), the filter, a text matched against the
   * debtor's name and the invoice numbers, the next step, the smallest balance (each null: any),
   * and the page wanted.
   */
  public record Search(Set<String> businessIds, Filter filter, String text, Stage nextStage, BigDecimal minBalance,
                       int offset, int limit) {}

  /** One page of a search and how many cases match in all. */
  public record Page(List<CaseSummary> cases, int total) {}

  /** An invoice still owed on an open case, for ageing. */
  public record OpenInvoice(String businessId, ZoneId zone, String currency, BigDecimal outstanding,
                            LocalDate dueDate) {}

  private final DataSource dataSource;

  public CaseSummaries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<CaseSummary> list(Filter filter, Instant now) {
    List<Object> args = new ArrayList<>();
    String where = where(new Search(null, filter, null, null, null, 0, 0), args);
    return rows("SELECT * FROM case_summary s" + where + " ORDER BY oldest_due_date, case_id", args, now);
  }

  /** One page of the case list, and where the next one starts if there are more. */
  public record ListPage(List<CaseSummary> cases, Optional<ListCursor> next) {}

  /**
   * At most {@code limit} cases of the filtered list, oldest due first, starting after {@code after}
   * (null: from the start). Pages by key, so a page costs the same however deep in the list it is.
   */
  public ListPage page(Filter filter, ListCursor after, int limit, Instant now) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(where(new Search(null, filter, null, null, null, 0, 0), args));
    if (after != null) {
      where.append(" AND (s.oldest_due_date > ? OR (s.oldest_due_date = ? AND s.case_id > ?))");
      args.add(after.oldestDue());
      args.add(after.oldestDue());
      args.add(after.caseId());
    }
    args.add(limit + 1);
    List<CaseSummary> rows = rows("SELECT * FROM case_summary s" + where + " ORDER BY oldest_due_date, case_id LIMIT ?",
        args, now);
    if (rows.size() <= limit) {
      return new ListPage(rows, Optional.empty());
    }
    List<CaseSummary> page = rows.subList(0, limit);
    return new ListPage(List.copyOf(page), Optional.of(ListCursor.after(page.get(limit - 1))));
  }

  /** The cases of a search, oldest due first, one page of them, with the total count. */
  public Page search(Search search, Instant now) {
    if (search.businessIds() != null && search.businessIds().isEmpty()) {
      return new Page(List.of(), 0);
    }
    List<Object> args = new ArrayList<>();
    String where = where(search, args);
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(search.limit());
    pageArgs.add(search.offset());
    List<CaseSummary> cases = rows("SELECT * FROM case_summary s" + where
        + " ORDER BY oldest_due_date, case_id LIMIT ? OFFSET ?", pageArgs, now);
    return new Page(cases, query("SELECT COUNT(*) FROM case_summary s" + where, args, rs -> rs.getInt(1)).get(0));
  }

  /** Every invoice with something still owed on a case that is not closed, in the businesses given. */
  public List<OpenInvoice> openInvoices(Set<String> businessIds) {
    if (businessIds != null && businessIds.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT s.business_id, s.zone, i.currency, i.outstanding, i.due_date "
        + "FROM case_invoice_summary i JOIN case_summary s ON s.case_id = i.case_id "
        + "WHERE i.outstanding > 0 AND s.status <> 'closed'");
    scope(sql, args, businessIds);
    return query(sql.toString(), args, rs -> new OpenInvoice(rs.getString(1), ZoneId.of(rs.getString(2)),
        rs.getString(3), rs.getBigDecimal(4), rs.getDate(5).toLocalDate()));
  }

  /** An invoice of a business, open or paid, for the sales of a period. */
  public record IssuedInvoice(String businessId, ZoneId zone, String currency, BigDecimal amount, LocalDate issueDate) {}

  /**
   * Every invoice issued on or after {@code since} of the cases of {@code businessIds} (null: every
   * business), whatever the case's status: the sales of a period.
   */
  public List<IssuedInvoice> invoicesIssuedSince(Set<String> businessIds, LocalDate since) {
    if (businessIds != null && businessIds.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>(List.of(java.sql.Date.valueOf(since)));
    StringBuilder sql = new StringBuilder("SELECT s.business_id, s.zone, i.currency, i.amount, i.issue_date "
        + "FROM case_invoice_summary i JOIN case_summary s ON s.case_id = i.case_id WHERE i.issue_date >= ?");
    scope(sql, args, businessIds);
    return query(sql.toString(), args, rs -> new IssuedInvoice(rs.getString(1), ZoneId.of(rs.getString(2)),
        rs.getString(3), rs.getBigDecimal(4), rs.getDate(5).toLocalDate()));
  }

  /** How many cases are at one stage (its wire name) with one status. */
  public record StageCount(String stage, String status, long count) {}

  /** The number of cases per stage and status, over every business. */
  public List<StageCount> countsByStageAndStatus() {
    return query("SELECT stage, status, COUNT(*) FROM case_summary GROUP BY stage, status", List.of(),
        rs -> new StageCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
  }

  /** Every business that has a case, in id order. */
  public List<String> businessIds() {
    return query("SELECT DISTINCT business_id FROM case_summary ORDER BY business_id", List.of(), rs -> rs.getString(1));
  }

  private static String where(Search search, List<Object> args) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    Filter filter = search.filter();
    addFilter(sql, args, "business_id", filter.businessId());
    addFilter(sql, args, "stage", filter.stage() == null ? null : filter.stage().wire());
    addFilter(sql, args, "status", filter.status());
    addFilter(sql, args, "profile", filter.profile());
    addFilter(sql, args, "next_stage", search.nextStage() == null ? null : search.nextStage().wire());
    if (search.minBalance() != null) {
      sql.append(" AND s.balance >= ?");
      args.add(search.minBalance());
    }
    scope(sql, args, search.businessIds());
    if (search.text() != null && !search.text().isBlank()) {
      String like = "%" + search.text().strip().toLowerCase(Locale.ROOT)
          .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      sql.append(" AND (LOWER(s.debtor_name) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM case_invoice_summary i"
          + " WHERE i.case_id = s.case_id AND LOWER(i.invoice_number) LIKE ? ESCAPE '\\'))");
      args.add(like);
      args.add(like);
    }
    return sql.toString();
  }

  private static void scope(StringBuilder sql, List<Object> args, Set<String> businessIds) {
    if (businessIds != null) {
      sql.append(" AND s.business_id IN (").append(String.join(", ", Collections.nCopies(businessIds.size(), "?")))
          .append(")");
      args.addAll(businessIds);
    }
  }

  private static void addFilter(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null) {
      sql.append(" AND s.").append(column).append(" = ?");
      args.add(value);
    }
  }

  private List<CaseSummary> rows(String sql, List<Object> args, Instant now) {
    return query(sql, args, rs -> row(rs, now));
  }

  /** Reads one row. */
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, List<Object> args, RowReader<T> reader) {
    try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      List<T> result = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          result.add(reader.read(rs));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list cases: " + e.getMessage(), e);
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
