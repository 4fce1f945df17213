package org.relance.api;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The case list's pages on a real PostgreSQL. */
class PostgresCaseListPagesTest extends CaseListPagesTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
