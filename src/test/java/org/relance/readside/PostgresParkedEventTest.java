package org.relance.readside;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The parked-event tests on a real PostgreSQL. */
class PostgresParkedEventTest extends ParkedEventTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
