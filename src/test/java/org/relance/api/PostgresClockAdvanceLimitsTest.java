package org.relance.api;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The clock's limits and its remembered moves on a real PostgreSQL. */
class PostgresClockAdvanceLimitsTest extends ClockAdvanceLimitsTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
