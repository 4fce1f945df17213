package org.relance.backup;

import com.typesafe.config.Config;
import org.relance.config.DatabaseConfig;
import org.relance.config.RelanceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code relance restore FILE [--force]}: puts a backup from {@code GET /api/backup} in place as the
 * database of a stopped installation (its {@code relance.data-dir}); on PostgreSQL it points to pg_restore.
 */
@Command(name = "restore", description = "Restore a backup (from GET /api/backup) into the stopped service's data directory.")
public final class RestoreCommand implements Callable<Integer> {

  @Option(names = "--config", description = "Operator settings file (default: ./application.conf).")
  Path configFile = Path.of("application.conf");

  @Option(names = "--force", description = "Restore into a non-empty data directory; its database is moved aside, not deleted.")
  boolean force;

  @Parameters(index = "0", paramLabel = "FILE", description = "The backup zip.")
  Path backup;

  @Override
  public Integer call() {
    Config config = RelanceConfig.load(configFile);
    if (DatabaseConfig.kind(config) == DatabaseConfig.Kind.POSTGRES) {
      System.err.println("Not restored: Relance runs on PostgreSQL here; restore a pg_dump archive with "
          + "pg_restore --clean (see \"Operating Relance\" in the README).");
      return 2;
    }
    if (!config.getString("relance.db.url").isBlank()) {
      System.err.println("Not restored: relance.db.url names its own H2 database; restore puts the database under "
          + "relance.data-dir only. Unset relance.db.url, or restore with H2's own org.h2.tools.Restore.");
      return 2;
    }
    Path dataDir = Path.of(config.getString("relance.data-dir")).toAbsolutePath();
    try {
      H2Restore.Outcome outcome = new H2Restore(Clock.systemUTC(),
          config.getString("relance.db.user"), config.getString("relance.db.password")).restore(backup, dataDir, force);
      outcome.movedAside().ifPresent(aside -> System.out.println("The previous database was moved aside to " + aside));
      System.out.println("Restored " + backup + " into " + outcome.database() + "; start the service.");
      return 0;
    } catch (H2Restore.Refused e) {
      System.err.println("Not restored: " + e.getMessage());
      return 2;
    }
  }
}
