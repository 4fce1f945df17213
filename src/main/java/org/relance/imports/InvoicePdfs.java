package org.relance.imports;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PDF of each invoice imported as Factur-X (table {@code relance_invoice_pdf}, migration V88),
 * kept with its case so the debtor can download it from the debtor page. A re-import of the same
 * invoice keeps the newer PDF. Blocking JDBC: call from a blocking dispatcher.
 */
public final class InvoicePdfs {

  private final DataSource dataSource;
  private final Clock clock;

  public InvoicePdfs(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Keeps the PDF of {@code invoiceNumber}, which went to {@code caseId}. */
  public void keep(String businessId, String invoiceNumber, String caseId, byte[] pdf) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement delete = c.prepareStatement(
          "DELETE FROM relance_invoice_pdf WHERE business_id = ? AND invoice_number = ?");
           PreparedStatement insert = c.prepareStatement("INSERT INTO relance_invoice_pdf (business_id, invoice_number, "
               + "case_id, stored_at, pdf) VALUES (?, ?, ?, ?, ?)")) {
        delete.setString(1, businessId);
        delete.setString(2, invoiceNumber);
        delete.executeUpdate();
        insert.setString(1, businessId);
        insert.setString(2, invoiceNumber);
        insert.setString(3, caseId);
        insert.setTimestamp(4, Timestamp.from(clock.instant()));
        insert.setBytes(5, pdf);
        insert.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot keep the PDF of invoice " + invoiceNumber + ": " + e.getMessage(), e);
    }
  }

  /**
   * Keeps the PDF of {@code invoiceNumber} with the case an import brought it into (nothing when the
   * import did not take it: a rejected row).
   */
  public void keepImported(String businessId, String invoiceNumber, byte[] pdf) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT case_id FROM relance_import_invoice WHERE business_id = ? AND invoice_number = ?")) {
      select.setString(1, businessId);
      select.setString(2, invoiceNumber);
      try (ResultSet rs = select.executeQuery()) {
        if (rs.next()) {
          keep(businessId, invoiceNumber, rs.getString(1), pdf);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot find the case of invoice " + invoiceNumber + ": " + e.getMessage(), e);
    }
  }

  /** The numbers of the invoices of the case whose PDF is kept. */
  public List<String> numbers(String caseId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT invoice_number FROM relance_invoice_pdf WHERE case_id = ? ORDER BY invoice_number")) {
      select.setString(1, caseId);
      List<String> numbers = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          numbers.add(rs.getString(1));
        }
      }
      return numbers;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the invoice PDFs of case " + caseId + ": " + e.getMessage(), e);
    }
  }

  /** The PDF of the case's invoice {@code invoiceNumber}, if kept (another case's is never given). */
  public Optional<byte[]> pdf(String caseId, String invoiceNumber) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT pdf FROM relance_invoice_pdf WHERE case_id = ? AND invoice_number = ?")) {
      select.setString(1, caseId);
      select.setString(2, invoiceNumber);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the PDF of invoice " + invoiceNumber + ": " + e.getMessage(), e);
    }
  }
}
