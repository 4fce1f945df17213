package org.relance.api;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** Collective proceedings through the API on a real PostgreSQL. */
class PostgresProceedingsApiTest extends ProceedingsApiTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
