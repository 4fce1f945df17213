package org.relance.outreach;

import org.relance.business.Jurisdiction;
import org.relance.common.WireNames;
import org.relance.ladder.Stage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outreach tables ({@code relance_outreach_case}, {@code relance_outreach_message}): what the
 * contact rules need of each case, and each rung's debtor message (and each plan's notice, keyed
 * {@code plan.<event sequence nr>}) from held to sent, superseded or unsent for want of a verified
 * chat; the sent ones are the case's outreach history, the one budget of the contact rules. The writes of
 * the queue take the projection's connection; the rest opens its own. Blocking JDBC.
 */
public final class OutreachStore {

  /** Where a debtor message stands. */
  public enum Status { HELD, SENT, SUPERSEDED, NO_CHAT }

  /**
   * A held message with what the rules need of its case: a rung's ({@code stage}) or a plan's
   * notice ({@code note}), under its {@code key}. It may go once the day it fell due on (in the
   * business's zone) has begun in the debtor's zone too: a debtor west of the business never hears
   * of a rung on the evening before its day.
   */
  public record Held(String caseId, String key, Stage stage, PlanNote note, Instant reachedAt, ZoneId businessZone,
                     ZoneId debtorZone, Jurisdiction jurisdiction) {

    /** A rung's message. */
    public Held(String caseId, Stage stage, Instant reachedAt, ZoneId businessZone, ZoneId debtorZone,
                Jurisdiction jurisdiction) {
      this(caseId, stage.wire(), stage, null, reachedAt, businessZone, debtorZone, jurisdiction);
    }

    public Instant earliest() {
      Instant dayBegins = reachedAt.atZone(businessZone).toLocalDate().atStartOfDay(debtorZone).toInstant();
      return dayBegins.isAfter(reachedAt) ? dayBegins : reachedAt;
    }
  }

  private final DataSource dataSource;

  public OutreachStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A case opened: its business's zone and law, and the debtor's own zone if given (again: no change). */
  static void caseOpened(Connection c, String caseId, ZoneId businessZone, ZoneId debtorZone,
                         Jurisdiction jurisdiction) throws SQLException {
    if (execute(c, "UPDATE relance_outreach_case SET business_zone = ?, debtor_zone = ?, jurisdiction = ? "
        + "WHERE case_id = ?", businessZone.getId(), debtorZone == null ? null : debtorZone.getId(),
        jurisdiction.code(), caseId) == 0) {
      execute(c, "INSERT INTO relance_outreach_case (case_id, business_zone, debtor_zone, jurisdiction) "
          + "VALUES (?, ?, ?, ?)", caseId, businessZone.getId(), debtorZone == null ? null : debtorZone.getId(),
          jurisdiction.code());
    }
  }

  /** The business changed its time zone or law. */
  static void termsUpdated(Connection c, String caseId, ZoneId businessZone, Jurisdiction jurisdiction)
      throws SQLException {
    execute(c, "UPDATE relance_outreach_case SET business_zone = ?, jurisdiction = ? WHERE case_id = ?",
        businessZone.getId(), jurisdiction.code(), caseId);
  }

  /** The case reached a rung whose message is due: held until the rules allow it (once per rung). */
  static void hold(Connection c, String caseId, Stage stage, Instant reachedAt) throws SQLException {
    if (!exists(c, caseId, stage.wire())) {
      execute(c, "INSERT INTO relance_outreach_message (case_id, stage, reached_at, status) VALUES (?, ?, ?, ?)",
          caseId, stage.wire(), Timestamp.from(reachedAt), WireNames.of(Status.HELD));
    }
  }

  private static boolean exists(Connection c, String caseId, String key) throws SQLException {
    try (PreparedStatement exists = c.prepareStatement(
        "SELECT 1 FROM relance_outreach_message WHERE case_id = ? AND stage = ?")) {
      exists.setString(1, caseId);
      exists.setString(2, key);
      try (ResultSet rs = exists.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** A plan's notice fell due: held until the rules allow it (once per key). */
  static void holdNote(Connection c, String caseId, String key, PlanNote note, Instant dueAt) throws SQLException {
    if (!exists(c, caseId, key)) {
      execute(c, "INSERT INTO relance_outreach_message (case_id, stage, reached_at, status, note_kind, note_index, "
              + "note_amount, note_currency, note_due, note_resumes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caseId, key,
          Timestamp.from(dueAt), WireNames.of(Status.HELD), note.kind().wire(), note.index(), note.amount(),
          note.currency(), note.dueOn(), note.resumesOn());
    }
  }

  /** Every held message, by case, then in ladder order, then the plans' notices as they fell due. */
  public List<Held> held() {
    List<Held> held = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT m.case_id, m.stage, m.reached_at, k.business_zone, COALESCE(k.debtor_zone, k.business_zone), "
            + "k.jurisdiction, m.note_kind, m.note_index, m.note_amount, m.note_currency, m.note_due, m.note_resumes "
            + "FROM relance_outreach_message m JOIN relance_outreach_case k ON k.case_id = m.case_id "
            + "WHERE m.status = ?")) {
      select.setString(1, WireNames.of(Status.HELD));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          PlanNote note = rs.getString(7) == null ? null : new PlanNote(
              WireNames.parse(PlanNote.Kind.class, rs.getString(7), "plan notice"), rs.getInt(8), rs.getBigDecimal(9),
              rs.getString(10), rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class));
          String key = rs.getString(2);
          held.add(new Held(rs.getString(1), key, note == null ? Stage.fromWire(key) : null, note,
              rs.getTimestamp(3).toInstant(), ZoneId.of(rs.getString(4)), ZoneId.of(rs.getString(5)),
              Jurisdiction.fromCode(rs.getString(6))));
        }
      }
    } catch (SQLException e) {
      throw failure("read the held debtor messages", e);
    }
    held.sort(Comparator.comparing(Held::caseId)
        .thenComparing(Held::stage, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Held::reachedAt));
    return held;
  }

  /** The outreach history (when its debtor messages were sent) of every case with a held message, in one query. */
  public Map<String, List<Instant>> sentToHeldCases() {
    Map<String, List<Instant>> sent = new HashMap<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT case_id, settled_at FROM relance_outreach_message WHERE status = ? AND case_id IN "
            + "(SELECT case_id FROM relance_outreach_message WHERE status = ?) ORDER BY settled_at")) {
      select.setString(1, WireNames.of(Status.SENT));
      select.setString(2, WireNames.of(Status.HELD));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          sent.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getTimestamp(2).toInstant());
        }
      }
    } catch (SQLException e) {
      throw failure("read the outreach history of the held messages' cases", e);
    }
    return sent;
  }

  /**
   * Settles a held message (sent, superseded or unsent): true for the one caller that moved it out
   * of {@code held}, false if someone else did first.
   */
  public boolean settle(String caseId, String key, Status status, Instant at, String reason) {
    return update("UPDATE relance_outreach_message SET status = ?, settled_at = ?, reason = ? "
            + "WHERE case_id = ? AND stage = ? AND status = ?", WireNames.of(status), Timestamp.from(at), reason,
        caseId, key, WireNames.of(Status.HELD)) == 1;
  }

  /** Puts a message claimed for sending back to held (the outbox could not take it). */
  public void holdAgain(String caseId, String key) {
    update("UPDATE relance_outreach_message SET status = ?, settled_at = NULL, reason = NULL "
        + "WHERE case_id = ? AND stage = ?", WireNames.of(Status.HELD), caseId, key);
  }

  private int update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection()) {
      return execute(c, sql, values);
    } catch (SQLException e) {
      throw failure("write the debtor messages", e);
    }
  }

  private static int execute(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
  }
}
