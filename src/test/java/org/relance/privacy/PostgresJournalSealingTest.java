package org.relance.privacy;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The same sealing of an older journal on a real PostgreSQL. */
class PostgresJournalSealingTest extends JournalSealingTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
