package org.relance.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of the imports: {@code relance_import} (each import's status and counts, so progress
 * survives a restart as a clear status), {@code relance_import_invoice} (each imported invoice by
 * business and number, its case and what remained due at the last import) and
 * {@code relance_import_debtor} (the case a debtor's invoices go to). Called on the blocking executor.
 */
public final class ImportStore {

  /** An invoice an earlier import brought in. */
  public record KnownInvoice(String number, String debtorKey, String caseId, BigDecimal remaining) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Rejection>> REJECTIONS = new TypeReference<>() {};

  private final DataSource dataSource;

  public ImportStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Imports left running by a stopped process are marked interrupted; returns how many. */
  public int markInterrupted(Instant now) {
    return update("UPDATE relance_import SET status = ?, finished_at = ? WHERE status = ?",
        ImportStatus.INTERRUPTED, Timestamp.from(now), ImportStatus.RUNNING);
  }

  /** Records an import as begun (its first status). */
  public void begin(ImportStatus status, Instant now) {
    update("INSERT INTO relance_import (import_id, business_id, source, status, total, done, created, updated, "
            + "unchanged, paid, skipped, rejected, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        status.id(), status.businessId(), status.source(), status.status(), status.total(), status.done(),
        status.created(), status.updated(), status.unchanged(), status.paid(), status.skipped(),
        json(status.rejected()), Timestamp.from(now));
  }

  /** Records how far the import got ({@code finishedAt} once it stopped). */
  public void save(ImportStatus status, Instant finishedAt) {
    update("UPDATE relance_import SET status = ?, total = ?, done = ?, created = ?, updated = ?, unchanged = ?, "
            + "paid = ?, skipped = ?, rejected = ?, finished_at = ? WHERE import_id = ?",
        status.status(), status.total(), status.done(), status.created(), status.updated(), status.unchanged(),
        status.paid(), status.skipped(), json(status.rejected()),
        finishedAt == null ? null : Timestamp.from(finishedAt), status.id());
  }

  /** The import's status, if it exists. */
  public Optional<ImportStatus> status(String importId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
        "SELECT business_id, source, status, total, done, created, updated, unchanged, paid, skipped, rejected "
            + "FROM relance_import WHERE import_id = ?")) {
      st.setString(1, importId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new ImportStatus(importId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
            rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
            JSON.readValue(rs.getString(11), REJECTIONS), null));
      }
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("Cannot read import " + importId, e);
    }
  }

  /** The invoices the business's imports brought in, by number. */
  public Map<String, KnownInvoice> invoices(String businessId) {
    Map<String, KnownInvoice> known = new HashMap<>();
    query("SELECT invoice_number, debtor_key, case_id, remaining FROM relance_import_invoice WHERE business_id = ?",
        businessId, rs -> known.put(rs.getString(1),
            new KnownInvoice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4))));
    return known;
  }

  /** The case each of the business's debtors' invoices go to, by debtor key. */
  public Map<String, String> debtorCases(String businessId) {
    Map<String, String> cases = new HashMap<>();
    query("SELECT debtor_key, case_id FROM relance_import_debtor WHERE business_id = ?", businessId,
        rs -> cases.put(rs.getString(1), rs.getString(2)));
    return cases;
  }

  /** The business's open cases (opened by any face) by their debtor's name, as the read side has them. */
  public Map<String, String> openCasesByName(String businessId) {
    Map<String, String> cases = new HashMap<>();
    query("SELECT debtor_name, case_id FROM case_summary WHERE business_id = ? AND closure IS NULL", businessId,
        rs -> cases.putIfAbsent(rs.getString(1), rs.getString(2)));
    return cases;
  }

  /** Records a debtor's case and the state of its invoices after an import, in one transaction. */
  public void remember(String businessId, String debtorKey, String caseId, Collection<KnownInvoice> invoices) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement deleteDebtor = c.prepareStatement(
               "DELETE FROM relance_import_debtor WHERE business_id = ? AND debtor_key = ?");
           PreparedStatement insertDebtor = c.prepareStatement(
               "INSERT INTO relance_import_debtor (business_id, debtor_key, case_id) VALUES (?, ?, ?)");
           PreparedStatement deleteInvoice = c.prepareStatement(
               "DELETE FROM relance_import_invoice WHERE business_id = ? AND invoice_number = ?");
           PreparedStatement insertInvoice = c.prepareStatement("INSERT INTO relance_import_invoice "
               + "(business_id, invoice_number, debtor_key, case_id, remaining) VALUES (?, ?, ?, ?, ?)")) {
        deleteDebtor.setString(1, businessId);
        deleteDebtor.setString(2, debtorKey);
        deleteDebtor.executeUpdate();
        insertDebtor.setString(1, businessId);
        insertDebtor.setString(2, debtorKey);
        insertDebtor.setString(3, caseId);
        insertDebtor.executeUpdate();
        for (KnownInvoice invoice : invoices) {
          deleteInvoice.setString(1, businessId);
          deleteInvoice.setString(2, invoice.number());
          deleteInvoice.addBatch();
          insertInvoice.setString(1, businessId);
          insertInvoice.setString(2, invoice.number());
          insertInvoice.setString(3, invoice.debtorKey());
          insertInvoice.setString(4, invoice.caseId());
          insertInvoice.setBigDecimal(5, invoice.remaining());
          insertInvoice.addBatch();
        }
        deleteInvoice.executeBatch();
        insertInvoice.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the imported invoices of " + debtorKey, e);
    }
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, String businessId, RowReader reader) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, businessId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the imports of " + businessId, e);
    }
  }

  private int update(String sql, Object... values) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record an import", e);
    }
  }

  private static String json(List<Rejection> rejected) {
    try {
      return JSON.writeValueAsString(rejected);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
