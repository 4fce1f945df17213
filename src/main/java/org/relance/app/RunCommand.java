package org.relance.app;

import com.typesafe.config.Config;
import org.relance.config.RelanceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code relance run}: starts the service and keeps it running until the process is stopped. */
@Command(name = "run", description = "Start the service (API, admin page, Telegram bot, the ladder's clock).")
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--config", description = "Operator settings file (default: ./application.conf).")
  Path configFile = Path.of("application.conf");

  @Override
  public Integer call() {
    Config config = RelanceConfig.load(configFile);
    Relance relance = Relance.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(relance::stop, "relance-shutdown"));
    for (String line : relance.startupReport()) {
      System.out.println(line);
    }
    return 0;
  }
}
