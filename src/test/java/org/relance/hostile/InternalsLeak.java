package org.relance.hostile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds internals in a text meant for a client or a chat: a Java, Scala or library class name, an
 * exception's name, a stack trace line. A text that leaks none of these yields empty.
 */
public final class InternalsLeak {

  private static final Pattern LEAK = Pattern.compile(
      "\\b(?:java|javax|jdk|sun|scala|org\\.apache|org\\.relance|org\\.h2|org\\.postgresql|com\\.fasterxml"
          + "|org\\.telegram|slick)\\.[A-Za-z_$][\\w$]*"
          + "|\\b[A-Z]\\w*(?:Exception|Error)\\b"
          + "|\\n\\s*at [\\w.$]+\\([\\w.]*(?::\\d+)?\\)"
          + "|\\bCaused by: ");

  private InternalsLeak() {}

  /** The first internal name or trace line in {@code text}, if any. */
  public static Optional<String> in(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = LEAK.matcher(text);
    return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
  }
}
