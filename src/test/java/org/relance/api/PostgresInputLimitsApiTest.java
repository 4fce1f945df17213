package org.relance.api;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The input limits of the API on a real PostgreSQL. */
class PostgresInputLimitsApiTest extends InputLimitsApiTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
