package org.relance.debtorpage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The choices the dialogue offered last on a case's page (column {@code choices} of
 * {@code relance_debtor_page}), shown as buttons until the next answer replaces them. Blocking JDBC:
 * call from a blocking dispatcher.
 */
final class PageChoices {

  private final DataSource dataSource;

  PageChoices(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The choices now offered on the case's page (none: an empty list). */
  void offer(String caseId, List<CasePageHtml.Choice> choices) {
    String kept = choices.isEmpty() ? null : String.join("\n", choices.stream()
        .map(c -> c.id() + "\t" + c.label().replace('\n', ' ').replace('\t', ' ')).toList());
    try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
        "UPDATE relance_debtor_page SET choices = ? WHERE case_id = ?")) {
      update.setString(1, kept);
      update.setString(2, caseId);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot keep the choices of case " + caseId + "'s page: " + e.getMessage(), e);
    }
  }

  /** The choices offered on the case's page. */
  List<CasePageHtml.Choice> offered(String caseId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT choices FROM relance_debtor_page WHERE case_id = ?")) {
      select.setString(1, caseId);
      try (ResultSet rs = select.executeQuery()) {
        String kept = rs.next() ? rs.getString(1) : null;
        return kept == null ? List.of() : kept.lines().filter(line -> line.contains("\t"))
            .map(line -> new CasePageHtml.Choice(line.substring(line.indexOf('\t') + 1),
                line.substring(0, line.indexOf('\t')))).toList();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the choices of case " + caseId + "'s page: " + e.getMessage(), e);
    }
  }
}
