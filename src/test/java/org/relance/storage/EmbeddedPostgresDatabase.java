package org.relance.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, started from the Maven dependency (no install), shared by
 * the whole test run; each caller gets a fresh empty database on it.
 */
public final class EmbeddedPostgresDatabase {

  private static EmbeddedPostgres server;
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private EmbeddedPostgresDatabase() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        // fsync off: a throw-away server's data only needs to outlive its processes, not the machine
        // (a kill -9 of the service or of PostgreSQL keeps what was committed either way), and each
        // CREATE DATABASE and the checkpoint at exit no longer wait for the disk
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      }));
    }
    return server;
  }

  /** Creates an empty database and returns the Relance settings that point at it. */
  public static Map<String, Object> freshDatabaseSettings() {
    String name = "relance_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection(); var st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return Map.of(
        "relance.db.kind", "postgres",
        "relance.db.url", server().getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true",
        "relance.db.user", "postgres",
        "relance.db.password", "postgres");
  }
}
