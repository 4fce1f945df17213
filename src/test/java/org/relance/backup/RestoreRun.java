package org.relance.backup;

import org.relance.Main;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code relance restore …} run in-process as an operator types it, with what it printed. */
record RestoreRun(int exit, String out, String err) {

  /** A settings file naming {@code dataDir} (plus {@code extra} lines), written into {@code dir}. */
  static Path settings(Path dir, Path dataDir, String extra) throws Exception {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve("restore-" + System.nanoTime() + ".conf"),
        "relance.data-dir = \"" + dataDir.toString().replace("\\", "/") + "\"\n" + extra);
  }

  static RestoreRun of(Path settings, String... args) {
    List<String> full = new ArrayList<>(List.of("restore", "--config", settings.toString()));
    full.addAll(List.of(args));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = new CommandLine(new Main()).execute(full.toArray(String[]::new));
      return new RestoreRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }
}
