package org.relance.storage;

import java.util.Map;

/** The kill -9 test with the child service on a real PostgreSQL. */
class PostgresKillNineTest extends KillNineTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
