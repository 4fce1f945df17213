package org.relance.privacy;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The same erasure on a real PostgreSQL. */
class PostgresPersonalDataErasureTest extends PersonalDataErasureTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
