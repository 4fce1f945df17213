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

  /** H2's setting for how long a commit may wait before it reaches the file; 0 flushes before the answer. */
  private static final String DURABLE_H2 = ";WRITE_DELAY=0";

  /**
   * The JDBC URL: the configured one, or the H2 file under {@code relance.data-dir}. An H2 URL always
   * flushes every commit before answering ({@code WRITE_DELAY=0}, added when absent); an operator's
   * H2 URL that asks for a delay is refused, since an acknowledged event could then be lost on a crash.
   */
  public static String url(Config config) {
    String url = config.getString("relance.db.url").trim();
    if (!url.isBlank()) {
      return url.startsWith("jdbc:h2:") ? durableH2(url) : url;
    }
    if (kind(config) == Kind.POSTGRES) {
      throw new IllegalArgumentException("relance.db.url (RELANCE_DB_URL) is required when relance.db.kind = postgres");
    }
    Path file = Path.of(config.getString("relance.data-dir")).toAbsolutePath().resolve("relance");
    return "jdbc:h2:file:" + file + ";DATABASE_TO_UPPER=false;DB_CLOSE_ON_EXIT=FALSE" + DURABLE_H2;
  }

  private static String durableH2(String url) {
    var delay = java.util.regex.Pattern.compile(";\\s*WRITE_DELAY\\s*=\\s*([^;]*)", java.util.regex.Pattern.CASE_INSENSITIVE)
        .matcher(url);
    if (!delay.find()) {
      return url + DURABLE_H2;
    }
    if (!delay.group(1).trim().equals("0")) {
      throw new IllegalArgumentException("relance.db.url sets WRITE_DELAY=" + delay.group(1).trim()
          + ": H2 would then acknowledge commits it has not written yet, and a crash would lose them. "
          + "Remove WRITE_DELAY from the URL (Relance adds WRITE_DELAY=0) or set it to 0.");
    }
    return url;
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
    if (h2) {
      shared = shared.withValue("jdbc-read-journal.dao", com.typesafe.config.ConfigValueFactory.fromAnyRef(
          "org.relance.storage.TagIndexedReadJournalDao"));
    }
    // a gap is waited for as many polls as fill relance.read-side.gap-wait (rounded up)
    long poll = config.getDuration("relance.read-side.poll-interval").toMillis();
    long gapTries = Math.max(1, -Math.floorDiv(-config.getDuration("relance.read-side.gap-wait").toMillis(), poll));
    shared = shared.withValue("jdbc-read-journal.journal-sequence-retrieval.max-tries",
        com.typesafe.config.ConfigValueFactory.fromAnyRef(gapTries));
    return shared.withValue("pekko.projection.jdbc.dialect",
        com.typesafe.config.ConfigValueFactory.fromAnyRef(h2 ? "h2-dialect" : "postgres-dialect"));
  }
}
