package org.relance.storage;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With every commit written at once (WRITE_DELAY=0) H2 never tidies its file by itself: most of
 * it ends up holding pages no longer in use. A housekeeping pass rewrites the least-filled parts.
 */
class H2HousekeepingTest {

  @Test
  void aPassRaisesTheShareOfTheFileInUse(@TempDir Path dir) throws Exception {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:file:" + dir.resolve("relance") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
    try (Connection c = database.getConnection()) {
      c.createStatement().execute("CREATE TABLE case_state (id INT PRIMARY KEY, state VARCHAR(4000))");
      // old versions are kept 45 s by default (crash safety); the test does not wait for them to age
      c.createStatement().execute("SET RETENTION_TIME 0");
      try (PreparedStatement upsert = c.prepareStatement("MERGE INTO case_state KEY (id) VALUES (?, ?)")) {
        for (int i = 0; i < 3_000; i++) {   // one small commit each, as the journal and the read sides do
          upsert.setInt(1, i % 200);
          upsert.setString(2, ("state " + i + " ").repeat(100));
          upsert.executeUpdate();
        }
      }
      int before = chunksFillRate(c);
      H2Housekeeping housekeeping = new H2Housekeeping(database, 80);
      for (int pass = 0; pass < 20; pass++) {
        housekeeping.pass();
      }
      int after = chunksFillRate(c);
      assertTrue(before < 50, "the file was mostly pages no longer in use: " + before + " % in use");
      assertTrue(after >= 70, "after the passes " + after + " % in use (before " + before + " %)");
      c.createStatement().execute("SHUTDOWN");
    }
  }

  @Test
  void aTargetOutsideTenToNinetyFiveIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new H2Housekeeping(new JdbcDataSource(), 99));
  }

  private static int chunksFillRate(Connection c) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
        + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
      rs.next();
      return Integer.parseInt(rs.getString(1));
    }
  }
}
