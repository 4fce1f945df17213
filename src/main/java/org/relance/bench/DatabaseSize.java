package org.relance.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * How many bytes the service's database takes: the size of H2's file, of PostgreSQL's database;
 * and an H2 file's size once compacted (what it holds, without the space a running H2 has not
 * reclaimed yet).
 */
final class DatabaseSize {

  private DatabaseSize() {}

  static long bytes(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); var st = c.createStatement()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
      String sql = postgres ? "SELECT pg_database_size(current_database())"
          : "SELECT CAST(SETTING_VALUE AS BIGINT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_SIZE'";
      try (var rs = st.executeQuery(sql)) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException | NumberFormatException e) {
      throw new IllegalStateException("Cannot read the database's size: " + e.getMessage(), e);
    }
  }

  /** Compacts the H2 database at {@code url} (the service stopped) and gives its file's size. */
  static long compactedH2(String url, String user, String password, java.nio.file.Path file) {
    try (Connection c = java.sql.DriverManager.getConnection(url, user, password); var st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot compact the H2 file: " + e.getMessage(), e);
    }
    try {
      return java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
