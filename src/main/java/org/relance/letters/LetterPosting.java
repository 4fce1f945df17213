package org.relance.letters;

import org.relance.ladder.Stage;

import java.time.LocalDate;
import java.util.Objects;

/** The owner's record that a letter was posted: the rung, the day, the registered letter's number if any. */
public record LetterPosting(Stage stage, LocalDate postedOn, String registeredNumber) {

  public LetterPosting {
    Objects.requireNonNull(stage, "posting.stage");
    Objects.requireNonNull(postedOn, "posting.postedOn");
  }
}
