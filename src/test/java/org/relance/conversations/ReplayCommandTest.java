package org.relance.conversations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.Main;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayCommandTest {

  @Test
  void aScriptThatExpectsOtherWordsExitsWithOneAndShowsTheDiff(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("wrong-words.yaml");
    Files.writeString(script, """
        description: expects words the bot never says
        steps:
          - user: {chat: 9, language: en, name: Zoe, text: "hi"}
          - bot: {chat: 9, text: "Hello Zoe, pay now!"}
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int exit;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      exit = new CommandLine(new Main()).execute("replay", script.toString());
    } finally {
      System.setOut(original);
    }
    String transcript = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, exit, transcript);
    assertTrue(transcript.contains("user 9 (en): hi"), transcript);
    assertTrue(transcript.contains("expected: Hello Zoe, pay now!") && transcript.contains("actual:   Hello Zoe! I am Relance"),
        transcript);
  }

  @Test
  void anUnreadableScriptExitsWithTwo(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("typo.yaml");
    Files.writeString(script, "steps:\n  - usr: {chat: 1}\n");
    assertEquals(2, new CommandLine(new Main()).execute("replay", script.toString()));
  }
}
