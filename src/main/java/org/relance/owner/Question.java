package org.relance.owner;

import java.util.List;
import java.util.function.Function;

/**
 * One question of a guided conversation: its key, the text that asks it, the buttons that answer
 * it ({@code choices}, each a label id and the value it gives), whether it belongs to a repeated
 * group, and the check that turns the owner's words into a value or names the re-ask text.
 */
public record Question(String key, String promptId, List<Choice> choices, boolean repeated,
                       Function<String, Checked> check) {

  /** A button answering the question. */
  public record Choice(String labelId, String value) {}

  /** A checked answer: the value kept, or the id of the text explaining what was wrong. */
  public record Checked(String value, String problemId) {
    public static Checked ok(String value) {
      return new Checked(value, null);
    }

    public static Checked problem(String problemId) {
      return new Checked(null, problemId);
    }
  }

  public static Question typed(String key, String promptId, Function<String, Checked> check) {
    return new Question(key, promptId, List.of(), false, check);
  }

  /** The same question in a repeated group. */
  public Question inGroup() {
    return new Question(key, promptId, choices, true, check);
  }

  /** The same question with buttons (a typed answer still goes through the check). */
  public Question withChoices(List<Choice> buttons) {
    return new Question(key, promptId, buttons, repeated, check);
  }
}
