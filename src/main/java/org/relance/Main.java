package org.relance;

import org.relance.accounts.UserCommand;
import org.relance.app.RunCommand;
import org.relance.backup.RestoreCommand;
import org.relance.bench.BenchCommand;
import org.relance.bench.NluBenchCommand;
import org.relance.conversations.ReplayCommand;
import org.relance.conversations.TelegramBenchCommand;
import org.relance.letters.LettersBenchCommand;
import org.relance.nlu.NluCommand;
import org.relance.nlu.facts.FactsEvalCommand;
import org.relance.nlu.intent.NluEvalCommand;
import org.relance.privacy.SealJournalCommand;
import org.relance.telegram.standin.StandInCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point of {@code relance.jar}: dispatches to a subcommand. */
@Command(
    name = "relance",
    mixinStandardHelpOptions = true,
    version = "relance 0.1.0",
    description = "Gets unpaid invoices paid without losing the customer.",
    subcommands = {RunCommand.class, NluCommand.class, NluEvalCommand.class, FactsEvalCommand.class, NluBenchCommand.class,
        StandInCommand.class, ReplayCommand.class, TelegramBenchCommand.class, LettersBenchCommand.class,
        BenchCommand.class, UserCommand.class, RestoreCommand.class, SealJournalCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int exit = new CommandLine(new Main()).execute(args);
    if (exit != 0 || !"run".equals(args.length > 0 ? args[0] : "")) {
      System.exit(exit);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
