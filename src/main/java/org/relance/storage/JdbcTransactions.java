package org.relance.storage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on one connection in one transaction (committed when it returns, rolled back when it throws),
 * and a statement with positional values, for the classes that keep a small table of their own.
 * Blocking JDBC: call from a blocking dispatcher.
 */
public final class JdbcTransactions {

  /** Work done on the connection of a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final String what;

  /** Transactions on {@code dataSource}; {@code what} names the tables in error messages. */
  public JdbcTransactions(DataSource dataSource, String what) {
    this.dataSource = dataSource;
    this.what = what;
  }

  public <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(what + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code sql} with {@code values} in order; the number of rows it changed. */
  public static int update(Connection c, String sql, Object... values) throws SQLException {
    try (var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }
}
