package org.relance.debtorpage;

import org.relance.accounts.Secrets;
import org.relance.common.Language;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The browsers that answered a case's verification question (table {@code relance_debtor_page_session}):
 * a random cookie value, of which only the SHA-256 is kept, with its case, its CSRF token and its
 * language, for {@code relance.debtor-page.session-lifetime}. Sessions run on the wall clock. Blocking
 * JDBC: call from a blocking dispatcher.
 */
final class PageSessions {

  /** A live session: the cookie's value, its case, its CSRF token and the language chosen. */
  record PageSession(String id, String caseId, String csrfToken, Language language) {}

  private final DataSource dataSource;
  private final Clock clock;
  private final Duration lifetime;

  PageSessions(DataSource dataSource, Clock clock, Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("relance.debtor-page.session-lifetime must be positive, not " + lifetime);
    }
    this.dataSource = dataSource;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  Duration lifetime() {
    return lifetime;
  }

  /** Opens a session on the case (and clears the expired ones). */
  PageSession open(String caseId, Language language) {
    PageSession session = new PageSession(Secrets.random(), caseId, Secrets.random(), language);
    Instant now = clock.instant();
    update("DELETE FROM relance_debtor_page_session WHERE expires_at < ?", Timestamp.from(now));
    update("INSERT INTO relance_debtor_page_session (session_hash, case_id, csrf_token, language, expires_at) "
            + "VALUES (?, ?, ?, ?, ?)", Secrets.sha256(session.id()), caseId, session.csrfToken(), language.code(),
        Timestamp.from(now.plus(lifetime)));
    return session;
  }

  /** The live session with this cookie value, if it is for this case. */
  Optional<PageSession> find(String id, String caseId) {
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
        "SELECT csrf_token, language FROM relance_debtor_page_session WHERE session_hash = ? AND case_id = ? "
            + "AND expires_at > ?")) {
      select.setString(1, Secrets.sha256(id));
      select.setString(2, caseId);
      select.setTimestamp(3, Timestamp.from(clock.instant()));
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(new PageSession(id, caseId, rs.getString(1), Language.fromCode(rs.getString(2))))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read a debtor page session: " + e.getMessage(), e);
    }
  }

  /** The session now speaks {@code language}. */
  void switchLanguage(PageSession session, Language language) {
    update("UPDATE relance_debtor_page_session SET language = ? WHERE session_hash = ?", language.code(),
        Secrets.sha256(session.id()));
  }

  private void update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot keep a debtor page session: " + e.getMessage(), e);
    }
  }
}
