package org.relance.storage;

import org.relance.config.DatabaseConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the database schema to the version this build needs, once, at start-up.
 *
 * <p>Each migration runs once, in order, in its own transaction where the database allows, and
 * is recorded in {@code relance_schema_version}; a failing statement stops the start with the
 * script's name and the database's message (never swallowed). The scripts are
 * {@code db/<h2|postgres>/V<n>.sql}: version 1 pins the Pekko Persistence JDBC journal tables,
 * later versions hold the read sides.
 */
public final class SchemaMigration {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

  /** One versioned script, read from the classpath. */
  record Migration(int version, String resource) {}

  private static final int MAX_VERSION = 999;

  private final DataSource dataSource;
  private final DatabaseConfig.Kind kind;

  public SchemaMigration(DataSource dataSource, DatabaseConfig.Kind kind) {
    this.dataSource = dataSource;
    this.kind = kind;
  }

  /**
   * The scripts found for each kind: looking up 999 names through every jar of the classpath took
   * about 7% of the CPU of the conversation scripts (a start each), and the classpath does not change.
   */
  private static final java.util.Map<DatabaseConfig.Kind, List<Migration>> FOUND =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Every {@code db/<kind>/V<n>.sql} on the classpath, in version order (numbers may have gaps). */
  List<Migration> migrations() {
    return FOUND.computeIfAbsent(kind, SchemaMigration::find);
  }

  private static List<Migration> find(DatabaseConfig.Kind kind) {
    String dir = kind == DatabaseConfig.Kind.H2 ? "h2" : "postgres";
    List<Migration> all = new ArrayList<>();
    for (int version = 1; version <= MAX_VERSION; version++) {
      String resource = "db/" + dir + "/V" + version + ".sql";
      if (SchemaMigration.class.getClassLoader().getResource(resource) != null) {
        all.add(new Migration(version, resource));
      }
    }
    return List.copyOf(all);
  }

  /** Applies every migration not yet recorded; returns how many ran. */
  public int migrate() {
    try (Connection connection = dataSource.getConnection()) {
      try (Statement st = connection.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS relance_schema_version ("
            + "version INT PRIMARY KEY, script VARCHAR(255) NOT NULL, applied_at TIMESTAMP NOT NULL)");
      }
      java.util.Set<Integer> done = appliedVersions(connection);
      int applied = 0;
      for (Migration migration : migrations()) {
        if (!done.contains(migration.version())) {
          apply(connection, migration);
          applied++;
        }
      }
      return applied;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open the database to migrate its schema: " + e.getMessage(), e);
    }
  }

  private java.util.Set<Integer> appliedVersions(Connection connection) throws SQLException {
    java.util.Set<Integer> versions = new java.util.HashSet<>();
    try (Statement st = connection.createStatement();
         var rs = st.executeQuery("SELECT version FROM relance_schema_version")) {
      while (rs.next()) {
        versions.add(rs.getInt(1));
      }
    }
    return versions;
  }

  private void apply(Connection connection, Migration migration) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      for (String sql : statements(read(migration.resource()))) {
        st.execute(sql);
      }
      try (var insert = connection.prepareStatement(
          "INSERT INTO relance_schema_version (version, script, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
        insert.setInt(1, migration.version());
        insert.setString(2, migration.resource());
        insert.executeUpdate();
      }
      connection.commit();
      log.info("Schema migrated to version {} ({})", migration.version(), migration.resource());
    } catch (SQLException e) {
      connection.rollback();
      throw new IllegalStateException("Schema migration " + migration.version() + " (" + migration.resource()
          + ") failed: " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private String read(String resource) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing schema script on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read schema script " + resource, e);
    }
  }

  /** Splits a script into statements on semicolons that end a line, skipping comments. */
  static List<String> statements(String script) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        result.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      result.add(current.toString().strip());
    }
    return result;
  }
}
