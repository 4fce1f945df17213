package org.relance.accounts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;
import org.relance.app.ChildService;
import org.relance.app.TestService;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** {@code relance user …} as an operator types it, on an H2 file named by a settings file. */
class UserCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private Path dataDir;
  private static final String PASSWORD = "a long enough password";
  private InputStream originalIn;
  private Path config;

  @BeforeEach
  void setUp(@TempDir Path dir) throws Exception {
    dataDir = dir.resolve("data");
    config = Files.writeString(dir.resolve("application.conf"),
        "relance.data-dir = \"" + dataDir.toString().replace("\\", "/") + "\"\n");
    originalOut = System.out;
    originalErr = System.err;
    originalIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.setIn(originalIn);
  }

  private int run(String stdin, String... args) {
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    String[] full = new String[args.length + 3];
    full[0] = "user";
    full[1] = "--config";
    full[2] = config.toString();
    System.arraycopy(args, 0, full, 3, args.length);
    return new CommandLine(new Main()).execute(full);
  }

  @Test
  void addListDisableAndTokens() {
    assertEquals(0, run("a long enough password\n", "add", "--email", "owner@a.test", "--role", "owner",
        "--business", "b1", "--business", "b2", "--password-stdin"));
    assertEquals(0, run("", "add", "--email", "admin@a.test", "--role", "admin"));
    assertTrue(out.toString().contains("password, shown once: "), "a generated password is printed once");
    assertEquals(2, run("short\n", "add", "--email", "x@a.test", "--role", "admin", "--password-stdin"),
        "a short password is refused");

    out.reset();
    assertEquals(0, run("", "list"));
    assertEquals("admin@a.test\tadmin\tenabled\tall businesses\nowner@a.test\towner\tenabled\tb1,b2\n",
        out.toString().replace("\r", ""));

    out.reset();
    assertEquals(0, run("", "token", "--email", "owner@a.test", "--label", "export"));
    String id = out.toString().split(" ")[1];
    assertTrue(out.toString().contains(ApiTokens.PREFIX));
    assertEquals(0, run("", "revoke-token", "--id", id));
    assertEquals(2, run("", "revoke-token", "--id", id), "already revoked");

    out.reset();
    assertEquals(0, run("", "link", "--email", "owner@a.test"));
    assertTrue(out.toString().contains("/signin/link/"), out.toString());
    assertEquals(0, run("", "disable", "--email", "owner@a.test"));
    assertEquals(2, run("", "link", "--email", "owner@a.test"), "no link for a disabled account");
    assertEquals(2, run("", "disable", "--email", "nobody@a.test"));
    out.reset();
    run("", "list");
    assertTrue(out.toString().contains("owner@a.test\towner\tdisabled"));
  }

  /**
   * A service in another JVM holds the H2 file, as `java -jar relance.jar run` does (it printed the
   * first admin's link): each command says what to do instead; with the service's admin API token
   * in the settings, `user add` goes through the service.
   */
  @Test
  void whileTheServiceHoldsTheH2FileCommandsSayWhatToDoAndAddGoesThroughTheService() throws Exception {
    Files.createDirectories(dataDir);
    String dataDirSetting = Files.readString(config);
    try (ChildService service = ChildService.start(dataDir, Map.of())) {
      assertEquals(2, run("", "add", "--email", "admin@a.test", "--role", "admin"));
      assertEquals(2, run("", "list"));
      String said = err.toString();
      assertTrue(said.contains("The service is running") && said.contains("/signin/first-admin/")
          && said.contains("Accounts tab") && said.contains("stop the service"), said);
      assertFalse(said.contains("Exception"), "no stack trace: " + said);
      assertTrue(Files.readString(dataDir.resolve("child.log")).matches("(?s).*No account yet: create the first admin at "
          + "http://localhost:\\d+/signin/first-admin/[A-Za-z0-9_-]{43} .*"), "the start printed the link");

      Files.writeString(config, dataDirSetting + "relance.http.port = " + service.port() + "\nrelance.admin.token = wrong\n");
      err.reset();
      assertEquals(2, run(PASSWORD + "\n", "add", "--email", "admin@a.test", "--role", "admin", "--password-stdin"));
      assertTrue(err.toString().contains("refused relance.admin.token"), err.toString());
      Files.writeString(config, dataDirSetting + "relance.http.port = " + service.port() + "\nrelance.admin.token = "
          + TestService.TOKEN + "\n");
      assertEquals(0, run(PASSWORD + "\n", "add", "--email", "admin@a.test", "--role", "admin", "--password-stdin"));
      assertEquals("Added admin@a.test (admin) through the running service\n", out.toString().replace("\r", ""));
      err.reset();
      assertEquals(2, run(PASSWORD + "\n", "add", "--email", "admin@a.test", "--role", "admin", "--password-stdin"));
      assertTrue(err.toString().contains("Not added: an account admin@a.test already exists"), err.toString());
    }
    out.reset();
    assertEquals(0, run("", "list"), "once stopped, the file opens");
    assertEquals("admin@a.test\tadmin\tenabled\tall businesses\n", out.toString().replace("\r", ""));
  }
}
