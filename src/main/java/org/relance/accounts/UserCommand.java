package org.relance.accounts;

import com.typesafe.config.Config;
import org.relance.config.RelanceConfig;
import org.relance.storage.Database;
import org.relance.storage.SchemaMigration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code relance user add|list|disable|token|revoke-token|link}: manages the admin page's accounts,
 * API tokens and one-time sign-in links in the configured database. With the embedded H2 file the
 * service, while it runs, holds the file: {@code add} then goes through it ({@link ServiceAccounts})
 * when the settings hold its admin API token, and every other case says so and what to do instead,
 * with no stack trace.
 */
@Command(name = "user", description = "Manage the accounts of the admin web page.",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
        UserCommand.Token.class, UserCommand.RevokeToken.class, UserCommand.Link.class})
public final class UserCommand implements Runnable {

  @Option(names = "--config", description = "Operator settings file (default: ./application.conf).")
  Path configFile = Path.of("application.conf");

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** H2's "database may be already in use": another process (the running service) holds the file's lock. */
  private static final int H2_FILE_IN_USE = 90020;

  /** The embedded H2 file is held by the running service. */
  static final class ServiceRunning extends RuntimeException {
    ServiceRunning() {
      super("The service is running and holds the embedded H2 file, so `user` cannot open it. To create the first "
          + "admin, open the one-time link the service printed at start (/signin/first-admin/...); to add or change "
          + "other accounts, an admin uses the admin page's Accounts tab (and `user add` goes through the service "
          + "when relance.admin.token / RELANCE_ADMIN_TOKEN is its admin API token); or stop the service and run "
          + "this again.");
    }
  }

  /** Runs a subcommand; while the service holds the H2 file, says what to do instead (exit code 2). */
  static int unlessServiceRunning(Callable<Integer> command) throws Exception {
    try {
      return command.call();
    } catch (ServiceRunning e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  /** Opens the database, brings its schema up to date and runs {@code work} with the stores. */
  <T> T withStores(Function<Stores, T> work) {
    Config config = RelanceConfig.load(configFile);
    try (Database database = open(config)) {
      new SchemaMigration(database.dataSource(), database.kind()).migrate();
      Clock clock = Clock.systemUTC();
      Accounts accounts = new Accounts(database.dataSource(), new PasswordHasher(), clock);
      return work.apply(new Stores(accounts, new ApiTokens(database.dataSource(), accounts, clock),
          new SignInLinks(database.dataSource(), accounts, clock), config.getDuration("relance.admin.link-validity")));
    }
  }

  private static Database open(Config config) {
    try {
      return Database.open(config);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SQLException sql && sql.getErrorCode() == H2_FILE_IN_USE) {
          throw new ServiceRunning();
        }
      }
      throw e;
    }
  }

  record Stores(Accounts accounts, ApiTokens tokens, SignInLinks links, java.time.Duration linkValidity) {}

  /** Says what happened (on standard error when nothing matched) and returns the exit code. */
  static int outcome(boolean done, String doneText, String missingText) {
    (done ? System.out : System.err).println(done ? doneText : missingText);
    return done ? 0 : 2;
  }

  @Command(name = "add", description = "Add an account; prints a generated password unless --password-stdin. "
      + "While the service holds the H2 file, goes through it with relance.admin.token.")
  static final class Add implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Option(names = "--email", required = true) String email;
    @Option(names = "--role", required = true, description = "admin, owner or accountant") String role;
    @Option(names = "--business", description = "a business it sees (repeat for several)") List<String> businesses;
    @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
    boolean passwordStdin;

    @Override
    public Integer call() throws Exception {
      return unlessServiceRunning(this::add);
    }

    private Integer add() throws Exception {
      String password = passwordStdin
          ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
          : Secrets.random().substring(0, 20);
      Set<String> seen = new LinkedHashSet<>(businesses == null ? List.of() : businesses);
      try {
        Account added = parent.withStores(s -> s.accounts().add(email, Role.fromWire(role), seen, password));
        return added(added.email() + " (" + added.role().wire() + ")", password);
      } catch (IllegalArgumentException e) {
        System.err.println("Not added: " + e.getMessage());
        return 2;
      } catch (ServiceRunning running) {
        Config config = RelanceConfig.load(parent.configFile);
        if (config.getString("relance.admin.token").isBlank()) {
          throw running;
        }
        ServiceAccounts.Answer answer = ServiceAccounts.add(config, email, role, seen, password);
        if (!answer.added()) {
          System.err.println("Not added: " + answer.reason());
          return 2;
        }
        return added(email + " (" + role + ") through the running service", password);
      }
    }

    private int added(String who, String password) {
      System.out.println("Added " + who + (passwordStdin ? "" : "; password, shown once: " + password));
      return 0;
    }
  }

  @Command(name = "list", description = "List the accounts with their role and businesses.")
  static final class ListUsers implements Callable<Integer> {
    @ParentCommand UserCommand parent;

    @Override
    public Integer call() throws Exception {
      return unlessServiceRunning(this::list);
    }

    private Integer list() {
      for (Account a : parent.withStores(s -> s.accounts().list())) {
        System.out.println(a.email() + "\t" + a.role().wire() + "\t" + (a.disabled() ? "disabled" : "enabled")
            + "\t" + (a.seesAll() ? "all businesses" : String.join(",", new java.util.TreeSet<>(a.businessIds()))));
      }
      return 0;
    }
  }

  @Command(name = "disable", description = "Disable an account: no sign-in, its sessions and tokens stop.")
  static final class Disable implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Option(names = "--email", required = true) String email;

    @Override
    public Integer call() throws Exception {
      return unlessServiceRunning(() -> outcome(parent.withStores(s -> s.accounts().disable(email)), "Disabled " + email,
          "No account " + email));
    }
  }

  @Command(name = "token", description = "Create an API token acting as the account; printed once.")
  static final class Token implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Option(names = "--email", required = true) String email;
    @Option(names = "--label", defaultValue = "") String label;

    @Override
    public Integer call() throws Exception {
      return unlessServiceRunning(this::token);
    }

    private Integer token() {
      var created = parent.withStores(s -> s.accounts().find(email).map(a -> s.tokens().create(a, label)));
      if (created.isEmpty()) {
        System.err.println("No account " + email);
        return 2;
      }
      System.out.println("Token " + created.get().id() + " (revoke with: user revoke-token --id "
          + created.get().id() + "), shown once: " + created.get().token());
      return 0;
    }
  }

  @Command(name = "revoke-token", description = "Revoke an API token by its id.")
  static final class RevokeToken implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Option(names = "--id", required = true) String id;

    @Override
    public Integer call() throws Exception {
      return unlessServiceRunning(() -> outcome(parent.withStores(s -> s.tokens().revoke(id)), "Revoked " + id,
          "No live token " + id));
    }
  }

  @Command(name = "link", description = "Print a one-time sign-in link path for the account (relance.admin.link-validity).")
  static final class Link implements Callable<Integer> {
    @ParentCommand UserCommand parent;
    @Option(names = "--email", required = true) String email;

    @Override
    public Integer call() throws Exception {
      return unlessServiceRunning(this::link);
    }

    private Integer link() {
      var path = parent.withStores(s -> s.accounts().find(email).filter(a -> !a.disabled())
          .map(a -> "/signin/link/" + s.links().create(a, s.linkValidity())));
      return outcome(path.isPresent(), "One-time sign-in link (append to the service's address): " + path.orElse(""),
          "No enabled account " + email);
    }
  }
}
