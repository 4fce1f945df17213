package org.relance.letters.store;

import org.relance.common.Language;
import org.relance.ladder.Stage;
import org.relance.letters.RenderedLetter;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the letters issued on each case (table {@code relance_letter}, migration V20, H2 and
 * PostgreSQL): the PDF bytes as sent, with stage, issue date, language and SHA-256. One letter
 * per case and stage, and the first stored stays the record: issuing again (a retry after a
 * crash) returns the copy already kept. Blocking JDBC: call it from a blocking dispatcher, never
 * inside an actor.
 */
public final class LetterStore {

  private static final String DUPLICATE_KEY = "23505";
  private static final String COLUMNS = "case_id, stage, issued_on, language, sha256, stored_at, pdf";

  private final DataSource dataSource;
  private final Clock clock;

  public LetterStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Stores the letter for the case unless one is already kept for its stage, and returns the kept
   * copy (compare its {@code sha256} with the letter's to know which one it is).
   */
  public StoredLetter issue(String caseId, RenderedLetter letter) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement insert = c.prepareStatement("INSERT INTO relance_letter (" + COLUMNS
             + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, caseId);
      insert.setString(2, letter.stage().wire());
      insert.setDate(3, Date.valueOf(letter.date()));
      insert.setString(4, letter.language().code());
      insert.setString(5, letter.sha256());
      insert.setTimestamp(6, Timestamp.from(clock.instant()));
      insert.setBytes(7, letter.pdf());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (!DUPLICATE_KEY.equals(e.getSQLState())) {
        throw new IllegalStateException("Cannot store the " + letter.stage().wire() + " of case " + caseId + ": "
            + e.getMessage(), e);
      }
    }
    return find(caseId, letter.stage()).orElseThrow(() -> new IllegalStateException(
        "The " + letter.stage().wire() + " of case " + caseId + " was stored but cannot be read back"));
  }

  /** The letter kept for the case and stage, with its bytes. */
  public Optional<StoredLetter> find(String caseId, Stage stage) {
    List<StoredLetter> found = query("SELECT " + COLUMNS + " FROM relance_letter WHERE case_id = ? AND stage = ?",
        caseId, stage.wire());
    return found.stream().findFirst();
  }

  /** Every letter kept for the case, oldest issue first, with their bytes (for the dossier). */
  public List<StoredLetter> list(String caseId) {
    return query("SELECT " + COLUMNS + " FROM relance_letter WHERE case_id = ? ORDER BY issued_on, stored_at",
        caseId);
  }

  private List<StoredLetter> query(String sql, String... parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setString(i + 1, parameters[i]);
      }
      List<StoredLetter> letters = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          letters.add(new StoredLetter(rs.getString(1), Stage.fromWire(rs.getString(2)),
              rs.getDate(3).toLocalDate(), Language.fromCode(rs.getString(4)), rs.getString(5).trim(),
              rs.getTimestamp(6).toInstant(), rs.getBytes(7)));
        }
      }
      return letters;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the letters of case " + parameters[0] + ": " + e.getMessage(), e);
    }
  }
}
