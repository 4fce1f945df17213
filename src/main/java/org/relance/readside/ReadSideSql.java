package org.relance.readside;

import org.relance.config.DatabaseConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The SQL that differs between H2 and PostgreSQL for the read sides: insert-or-update by key. */
final class ReadSideSql {

  private final DatabaseConfig.Kind kind;

  ReadSideSql(DatabaseConfig.Kind kind) {
    this.kind = kind;
  }

  /** Writes one row: the key columns' values first, then the other columns', in order. */
  void upsert(Connection connection, String table, String[] keys, String[] columns, Object... values)
      throws SQLException {
    String all = Stream.concat(Arrays.stream(keys), Arrays.stream(columns)).collect(Collectors.joining(", "));
    String marks = Stream.generate(() -> "?").limit(keys.length + columns.length).collect(Collectors.joining(", "));
    String statement = kind == DatabaseConfig.Kind.H2
        ? "MERGE INTO " + table + " (" + all + ") KEY (" + String.join(", ", keys) + ") VALUES (" + marks + ")"
        : "INSERT INTO " + table + " (" + all + ") VALUES (" + marks + ") ON CONFLICT (" + String.join(", ", keys)
            + ") DO UPDATE SET " + Arrays.stream(columns).map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    try (PreparedStatement st = connection.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        st.setObject(i + 1, values[i]);
      }
      st.executeUpdate();
    }
  }
}
