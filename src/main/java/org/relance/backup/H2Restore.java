package org.relance.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Puts a backup from {@code GET /api/backup} in place as a stopped installation's H2 database
 * ({@code relance.mv.db} in the data directory). It reads the zip's one database entry into a staging
 * directory (refusing any entry name that is not a plain file name), opens it to check it is Relance's,
 * and only then moves it in; the database it replaces (with {@code force}) is moved aside, never deleted.
 */
public final class H2Restore {

  /** The database's file in the data directory (see {@code DatabaseConfig.url}). */
  static final String DATABASE_FILE = "relance.mv.db";
  private static final String H2_SUFFIX = ".mv.db";
  private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final String user;
  private final String password;

  /**
   * {@code clock} names the folder an existing database is moved aside to; {@code user} and {@code password}
   * ({@code relance.db.*}) open the backup to check it.
   */
  public H2Restore(Clock clock, String user, String password) {
    this.clock = clock;
    this.user = user;
    this.password = password;
  }

  /** What a restore did: where the database now is, and where the one it replaced went. */
  public record Outcome(Path database, Optional<Path> movedAside) {}

  /** A restore refused before anything in the data directory changed; the message says why and what to do. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  public Outcome restore(Path backup, Path dataDir, boolean force) {
    if (!Files.isRegularFile(backup)) {
      throw new Refused("There is no file " + backup + ".");
    }
    String entry = databaseEntry(backup);
    Path database = dataDir.resolve(DATABASE_FILE);
    if (Files.exists(database) && inUse(database)) {
      throw new Refused("The database " + database + " is in use: stop the service first, then restore.");
    }
    if (!isEmpty(dataDir) && !force) {
      throw new Refused("The data directory " + dataDir + " is not empty. Restore with --force to move its "
          + "database aside (kept, not deleted) and put the backup in its place.");
    }
    try {
      Files.createDirectories(dataDir);
      Path staging = Files.createTempDirectory(dataDir, ".restore-");
      try {
        Path restored = staging.resolve(DATABASE_FILE);
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(zip.getEntry(entry))) {
          Files.copy(in, restored);
        }
        checkIsRelance(staging);
        Optional<Path> aside = force ? moveAside(dataDir) : Optional.empty();
        Files.move(restored, database, StandardCopyOption.ATOMIC_MOVE);
        return new Outcome(database, aside);
      } finally {
        deleteTree(staging);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the restore could not write into " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** The name of the zip's one H2 database entry; refuses an unsafe entry name or a zip that is not a backup. */
  private static String databaseEntry(Path backup) {
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      String found = null;
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        String name = entry.getName();
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.isBlank()) {
          throw new Refused(backup + " is not a backup of Relance: its entry '" + name
              + "' is not a plain file name (it could write outside the data directory); nothing was restored.");
        }
        if (!name.endsWith(H2_SUFFIX) || found != null || entry.isDirectory()) {
          throw new Refused(backup + " is not a backup of Relance: a backup holds one H2 database file, "
              + "this zip holds '" + name + "'.");
        }
        found = name;
      }
      if (found == null) {
        throw new Refused(backup + " is not a backup of Relance: the zip holds no H2 database.");
      }
      return found;
    } catch (ZipException e) {
      throw new Refused(backup + " is not a backup of Relance: it is not a zip file (" + e.getMessage() + ").");
    } catch (IOException e) {
      throw new Refused("Cannot read " + backup + ": " + e.getMessage());
    }
  }

  /** Opens the staged database read-only and looks for Relance's schema version and its journal. */
  private void checkIsRelance(Path staging) {
    String url = "jdbc:h2:file:" + staging.resolve("relance").toAbsolutePath()
        + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;DATABASE_TO_UPPER=false";
    try (Connection c = DriverManager.getConnection(url, user, password);
         var tables = c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
             + "WHERE TABLE_NAME IN ('relance_schema_version', 'event_journal')")) {
      tables.next();
      if (tables.getInt(1) != 2) {
        throw new Refused("The zip is not a backup of Relance: its H2 database has no Relance journal.");
      }
    } catch (SQLException e) {
      throw new Refused("The zip is not a backup of Relance: H2 cannot open its database (" + e.getMessage() + ").");
    }
  }

  /** Whether another process (or this one) holds H2's lock on the file, as a running service does. */
  private static boolean inUse(Path database) {
    try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      throw new Refused("Cannot check whether " + database + " is in use: " + e.getMessage());
    }
  }

  /** Moves the H2 files of the data directory into a dated folder beside them; empty when there were none. */
  private Optional<Path> moveAside(Path dataDir) throws IOException {
    Path aside = dataDir.resolve("before-restore-" + FOLDER_TIME.format(clock.instant()));
    boolean moved = false;
    for (String file : new String[] {DATABASE_FILE, "relance.trace.db"}) {
      if (Files.exists(dataDir.resolve(file))) {
        Files.createDirectories(aside);
        Files.move(dataDir.resolve(file), aside.resolve(file));
        moved = true;
      }
    }
    return moved ? Optional.of(aside) : Optional.empty();
  }

  private static boolean isEmpty(Path dir) {
    if (!Files.isDirectory(dir)) {
      return true;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
