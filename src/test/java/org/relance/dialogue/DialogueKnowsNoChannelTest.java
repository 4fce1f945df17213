package org.relance.dialogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The dialogue speaks no channel: no source of {@code org.relance.dialogue} names Telegram's library
 * or the service's Telegram package, imported or written out in full.
 */
class DialogueKnowsNoChannelTest {

  @Test
  void noSourceOfTheDialogueNamesTelegram() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/relance/dialogue"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(sources.size() >= 10, "dialogue sources: " + sources);
    for (Path source : sources) {
      String code = Files.readString(source);
      assertFalse(code.contains("org.telegram"), source + " names Telegram's library");
      assertFalse(code.contains("org.relance.telegram"), source + " names the Telegram package");
      assertFalse(code.contains("org.relance.debtorchat"), source + " names the Telegram adapter");
    }
  }
}
