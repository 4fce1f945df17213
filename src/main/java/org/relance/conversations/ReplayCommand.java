package org.relance.conversations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code relance replay FILE}: plays one conversation script against a stand-in Bot API and a
 * temporary service, prints the transcript; exit code 0 when it passed, 1 on a mismatch (with the
 * diff), 2 when the script cannot be read. FILE is a path, or a script name shipped in the jar
 * ({@code welcome.yaml}).
 */
@Command(name = "replay", description = "Play a conversation script against a stand-in Telegram and print the transcript.")
public final class ReplayCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Script file, or the name of a script shipped in conversations/scripts/.")
  String file;

  @Override
  public Integer call() throws Exception {
    Script script;
    try (InputStream in = open(file)) {
      script = Script.read(Path.of(file).getFileName().toString(), in);
    } catch (IOException e) {
      System.err.println("Cannot read the script: " + e.getMessage());
      return 2;
    }
    ScriptRunner.Result result = new ScriptRunner(new ServiceScriptHooks(), System.out::println).run(script);
    return result.passed() ? 0 : 1;
  }

  private static InputStream open(String file) throws IOException {
    Path path = Path.of(file);
    if (Files.isRegularFile(path)) {
      return Files.newInputStream(path);
    }
    InputStream shipped = ReplayCommand.class.getClassLoader()
        .getResourceAsStream("conversations/scripts/" + path.getFileName());
    if (shipped == null) {
      throw new IOException("no file " + path.toAbsolutePath() + " and no shipped script named " + path.getFileName());
    }
    return shipped;
  }
}
