package org.relance.api;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The same API suite on a real PostgreSQL. */
class PostgresCaseApiTest extends CaseApiTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
