package org.relance.nlu.intent;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NluEvalCommandTest {

  @Test
  void refusesFewerThanTwoFoldsWithAClearMessage() {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new NluEvalCommand()).setErr(new PrintWriter(err));
    assertEquals(2, command.execute("--folds", "1"));
    assertTrue(err.toString().contains("--folds must be 2 or more, got 1"), err.toString());
  }
}
