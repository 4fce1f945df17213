package org.relance.debtorpage;

import org.relance.storage.EmbeddedPostgresDatabase;

import java.util.Map;

/** The same route suite on a real PostgreSQL (the links, sessions, choices and invoice PDFs of V88). */
class PostgresDebtorPageRoutesTest extends DebtorPageRoutesTest {

  @Override
  protected Map<String, Object> databaseSettings() {
    return EmbeddedPostgresDatabase.freshDatabaseSettings();
  }
}
