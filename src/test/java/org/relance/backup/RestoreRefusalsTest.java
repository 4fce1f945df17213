package org.relance.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** What {@code relance restore} refuses, each with a clear message and nothing in the data directory changed. */
class RestoreRefusalsTest {

  @TempDir
  Path dir;

  @Test
  void aNonEmptyDataDirectoryIsRefusedUnlessForcedAndThenTheOldDatabaseIsMovedAsideNotDeleted() throws Exception {
    Path backup = relanceBackup("first");
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Path existing = Files.writeString(data.resolve("relance.mv.db"), "the operator's current database");
    Path settings = RestoreRun.settings(dir, data, "");

    RestoreRun refused = RestoreRun.of(settings, backup.toString());
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("not empty") && refused.err().contains("--force"), refused.err());
    assertEquals("the operator's current database", Files.readString(existing), "untouched");

    RestoreRun forced = RestoreRun.of(settings, backup.toString(), "--force");
    assertEquals(0, forced.exit(), forced.err());
    try (Stream<Path> files = Files.walk(data)) {
      assertTrue(files.filter(Files::isRegularFile).filter(f -> !f.equals(existing)).anyMatch(f -> {
        try {
          return Files.readString(f).equals("the operator's current database");
        } catch (Exception e) {
          return false;
        }
      }), "the old database is kept aside");
    }
    assertTrue(forced.out().contains("moved aside"), forced.out());
    assertEquals("first", marker(data), "the backup's database is in place");
  }

  @Test
  void aFileThatIsNotABackupOfRelanceIsRefused() throws Exception {
    Path data = dir.resolve("data");
    Path settings = RestoreRun.settings(dir, data, "");
    Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
    Path otherZip = zip("other.zip", "readme.txt", "hello");
    Path otherH2 = h2Backup("other", "CREATE TABLE invoices(id INT)");
    for (Path wrong : new Path[] {text, otherZip, otherH2, dir.resolve("missing.zip")}) {
      RestoreRun run = RestoreRun.of(settings, wrong.toString());
      assertEquals(2, run.exit(), wrong.toString());
      assertTrue(run.err().contains("not a backup of Relance") || run.err().contains("no file"), run.err());
      assertTrue(!Files.exists(data) || isEmpty(data), "nothing written for " + wrong);
    }
  }

  @Test
  void aZipEntryThatEscapesTheDataDirectoryIsRefused() throws Exception {
    Path data = dir.resolve("deep/data");
    Path settings = RestoreRun.settings(dir, data, "");
    Path slip = zip("slip.zip", "../relance.mv.db", "evil");
    RestoreRun run = RestoreRun.of(settings, slip.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("../relance.mv.db"), run.err());
    assertFalse(Files.exists(dir.resolve("deep/relance.mv.db")), "nothing written outside");
  }

  @Test
  void onPostgresqlRestoreSendsTheOperatorToPgRestore() throws Exception {
    Path data = dir.resolve("data");
    Path settings = RestoreRun.settings(dir, data,
        "relance.db.kind = postgres\nrelance.db.url = \"jdbc:postgresql://127.0.0.1:1/relance\"\n");
    RestoreRun run = RestoreRun.of(settings, relanceBackup("x").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("pg_restore"), run.err());
    assertFalse(Files.exists(data));
  }

  /** A real backup of a database Relance migrated, marked with {@code marker}. */
  private Path relanceBackup(String marker) throws Exception {
    Path source = dir.resolve("source-" + marker);
    String url = "jdbc:h2:file:" + source.resolve("relance") + ";DATABASE_TO_UPPER=false";
    org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    try (var c = dataSource.getConnection()) {
      new org.relance.storage.SchemaMigration(dataSource, org.relance.config.DatabaseConfig.Kind.H2).migrate();
      c.createStatement().execute("CREATE TABLE marker(v VARCHAR(20))");
      c.createStatement().execute("INSERT INTO marker VALUES ('" + marker + "')");
      Path zip = dir.resolve("backup-" + marker + ".zip");
      c.createStatement().execute("BACKUP TO '" + zip + "'");
      return zip;
    }
  }

  private Path h2Backup(String name, String ddl) throws Exception {
    Path zip = dir.resolve(name + ".zip");
    try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(name).resolve("relance"), "sa", "")) {
      c.createStatement().execute(ddl);
      c.createStatement().execute("BACKUP TO '" + zip + "'");
    }
    return zip;
  }

  private Path zip(String name, String entry, String content) throws Exception {
    Path zip = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry(entry));
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return zip;
  }

  private static String marker(Path data) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("relance") + ";IFEXISTS=TRUE;DATABASE_TO_UPPER=false", "sa", "");
         var rows = c.createStatement().executeQuery("SELECT v FROM marker")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static boolean isEmpty(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isEmpty();
    }
  }
}
