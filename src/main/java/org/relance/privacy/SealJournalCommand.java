package org.relance.privacy;

import org.relance.config.RelanceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code relance seal-journal}: on a stopped installation, seals the personal fields of the case
 * events written in clear before sealing existed ({@link JournalSealing}); safe to run again.
 */
@Command(name = "seal-journal", description = "Encrypt the personal data of case events written in clear "
    + "(stop the service first; running it again changes nothing).")
public final class SealJournalCommand implements Callable<Integer> {

  @Option(names = "--config", description = "Operator settings file (default: ./application.conf).")
  Path configFile = Path.of("application.conf");

  @Override
  public Integer call() {
    try (JournalSealing sealing = new JournalSealing(RelanceConfig.load(configFile))) {
      JournalSealing.Outcome outcome = sealing.seal();
      System.out.println("Sealed " + outcome.events() + " events in " + outcome.cases() + " cases; "
          + outcome.snapshots() + " snapshots dropped (each case rebuilds from its journal).");
      return 0;
    }
  }
}
