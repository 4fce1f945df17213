package org.relance.storage;

import com.typesafe.config.Config;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.relance.config.DatabaseConfig;

import javax.sql.DataSource;

/**
 * The pooled connection to the configured database for Relance's own JDBC work (migrations, read
 * sides, the saved clock); the journal has its own pool inside Pekko Persistence JDBC.
 */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final DatabaseConfig.Kind kind;

  private Database(HikariDataSource dataSource, DatabaseConfig.Kind kind) {
    this.dataSource = dataSource;
    this.kind = kind;
  }

  public static Database open(Config config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(DatabaseConfig.url(config));
    hikari.setUsername(config.getString("relance.db.user"));
    hikari.setPassword(config.getString("relance.db.password"));
    hikari.setMaximumPoolSize(config.getInt("relance.db.pool-size"));
    hikari.setPoolName("relance");
    return new Database(new HikariDataSource(hikari), DatabaseConfig.kind(config));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public DatabaseConfig.Kind kind() {
    return kind;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
