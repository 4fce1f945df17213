package org.relance.storage;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.relance.config.DatabaseConfig;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

/**
 * An empty database with the project's schema, for store tests that run on both kinds: H2 in
 * memory, or a fresh database on the shared {@link EmbeddedPostgresDatabase}.
 */
public final class MigratedDataSources {

  private MigratedDataSources() {}

  public static DataSource of(DatabaseConfig.Kind kind) {
    DataSource dataSource;
    if (kind == DatabaseConfig.Kind.POSTGRES) {
      Map<String, Object> settings = EmbeddedPostgresDatabase.freshDatabaseSettings();
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(settings.get("relance.db.url").toString());
      postgres.setUser(settings.get("relance.db.user").toString());
      postgres.setPassword(settings.get("relance.db.password").toString());
      dataSource = postgres;
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DATABASE_TO_UPPER=false;DB_CLOSE_DELAY=-1");
      dataSource = h2;
    }
    new SchemaMigration(dataSource, kind).migrate();
    return dataSource;
  }
}
