package org.relance.admin;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The same route-by-role suite on a real PostgreSQL (accounts, sessions, search, paging, ageing SQL). */
class PostgresAdminRoutesTest extends AdminRoutesTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
