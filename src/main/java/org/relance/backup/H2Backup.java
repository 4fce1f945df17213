package org.relance.backup;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Takes a consistent copy of the running embedded H2 database into a temporary zip with H2's online
 * {@code BACKUP TO} (nothing is locked; H2 copies its transaction log with the file), on the blocking
 * executor. The caller deletes the file once it has sent it.
 */
public final class H2Backup {

  /** How every temporary backup's file name starts (in {@code java.io.tmpdir}). */
  public static final String TEMPORARY_PREFIX = "relance-backup-";

  private final DataSource dataSource;
  private final Executor blocking;

  public H2Backup(DataSource dataSource, Executor blocking) {
    this.dataSource = dataSource;
    this.blocking = blocking;
  }

  /** The zip of the whole database as of one moment while this runs. */
  public CompletionStage<Path> take() {
    return CompletableFuture.supplyAsync(this::takeNow, blocking);
  }

  private Path takeNow() {
    Path zip;
    try {
      zip = Files.createTempFile(TEMPORARY_PREFIX, ".zip");
    } catch (IOException e) {
      throw new UncheckedIOException("no room for a temporary backup: " + e.getMessage(), e);
    }
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
      return zip;
    } catch (SQLException | RuntimeException e) {
      delete(zip);
      throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
    }
  }

  /** Removes a temporary backup; a file already gone is fine. */
  public static void delete(Path zip) {
    try {
      Files.deleteIfExists(zip);
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(H2Backup.class).warn("Could not delete the temporary backup {}: {}", zip,
          e.getMessage());
    }
  }
}
