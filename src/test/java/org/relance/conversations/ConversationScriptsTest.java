package org.relance.conversations;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every script in conversations/scripts/ plays through the stand-in and the real service
 * ({@code -Dscripts=owner-,welcome} plays only those whose file name starts with {@code owner-} or
 * {@code welcome}).
 */
class ConversationScriptsTest {

  private static final Path SCRIPTS = Path.of("conversations/scripts");

  @TestFactory
  Stream<DynamicTest> everyScriptPasses() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(SCRIPTS)) {
      List<String> prefixes = List.of(System.getProperty("scripts", "").split(","));
      files = listing.filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> prefixes.stream().anyMatch(p.getFileName().toString()::startsWith)).sorted().toList();
    }
    assertTrue(!files.isEmpty(), "the scripts are found in " + SCRIPTS.toAbsolutePath());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
      Script script;
      try (InputStream in = Files.newInputStream(file)) {
        script = Script.read(file.getFileName().toString(), in);
      }
      List<String> transcript = new ArrayList<>();
      ScriptRunner.Result result = new ScriptRunner(new ServiceScriptHooks(), line -> {
        transcript.add(line);
        System.out.println(line);
      }).run(script);
      if (!result.passed()) {
        fail(result.mismatch() + "\n--- transcript ---\n" + String.join("\n", transcript));
      }
    }));
  }
}
