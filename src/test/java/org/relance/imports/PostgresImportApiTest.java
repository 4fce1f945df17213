package org.relance.imports;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/**
 * The same imports on a real PostgreSQL, on 3,000 rows: the point here is the SQL and the counts
 * (every kind of change is among the first 300 debtors); the 10,000 rows are timed on H2.
 */
class PostgresImportApiTest extends ImportApiTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }

  /**
   * Two minutes: the counts are the point here. Seen on 2 shared cores under load: 34 to 75 s for the
   * first import (each case's events go to the durable journal row by row), 8 to 9 s for the re-import.
   */
  @Override
  protected int debtors() {
    return 300;
  }
}
