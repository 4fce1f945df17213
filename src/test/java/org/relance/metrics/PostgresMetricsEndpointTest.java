package org.relance.metrics;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The same metrics, read from a real PostgreSQL. */
class PostgresMetricsEndpointTest extends MetricsEndpointTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
