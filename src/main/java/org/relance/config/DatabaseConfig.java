package org.relance.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

import java.nio.file.Path;
import java.util.Map;

/**
 * Turns the operator's {@code relance.db.*} choice (embedded H2 file or PostgreSQL) into the
 * Pekko Persistence JDBC and Projection settings, so the operator never edits Slick blocks.
 */
public final class DatabaseConfig {

  /** The two supported databases. */
  public enum Kind { H2, POSTGRES }

  private DatabaseConfig() {}

  public static Kind kind(Config config) {
    String kind = config.getString("relance.db.kind").trim().toUpperCase(java.util.Locale.ROOT);
    try {
      return Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "relance.db.kind must be h2 or postgres, not '" + config.getString("relance.db.kind") + "'");
    }
  }

  /** The JDBC URL: the configured one, or the H2 file under {@code relance.data-dir}. */
  public static String url(Config config) {
    String url = config.getString("relance.db.url");
    if (!url.isBlank()) {
      return url;
    }
    if (kind(config) == Kind.POSTGRES) {
      throw new IllegalArgumentException("relance.db.url (RELANCE_DB_URL) is required when relance.db.kind = postgres");
    }
    Path file = Path.of(config.getString("relance.data-dir")).toAbsolutePath().resolve("relance");
    return "jdbc:h2:file:" + file + ";DATABASE_TO_UPPER=false;DB_CLOSE_ON_EXIT=FALSE";
  }

  static Config persistenceFor(Config config) {
    Kind kind = kind(config);
    boolean h2 = kind == Kind.H2;
    Map<String, Object> slick = Map.of(
        "profile", h2 ? "slick.jdbc.H2Profile$" : "slick.jdbc.PostgresProfile$",
        "db.url", url(config),
        "db.user", config.getString("relance.db.user"),
        "db.password", config.getString("relance.db.password"),
        "db.driver", h2 ? "org.h2.Driver" : "org.postgresql.Driver",
        "db.numThreads", config.getInt("relance.db.pool-size"),
        "db.maxConnections", config.getInt("relance.db.pool-size"),
        "db.minConnections", 1);
    Config shared = ConfigFactory.empty();
    for (var e : slick.entrySet()) {
      shared = shared.withValue("pekko-persistence-jdbc.shared-databases.slick." + e.getKey(),
          com.typesafe.config.ConfigValueFactory.fromAnyRef(e.getValue()));
    }
    return shared.withValue("pekko.projection.jdbc.dialect",
        com.typesafe.config.ConfigValueFactory.fromAnyRef(h2 ? "h2-dialect" : "postgres-dialect"));
  }
}
