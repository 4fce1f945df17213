package org.relance.letters;

import org.relance.ladder.Stage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder already sent on the case (by the ladder or by the owner before the case came in):
 * its stage and the day it was sent. A {@code formal_notice} entry is the mise en demeure date
 * from which a consumer owes interest.
 */
public record SentReminder(Stage stage, LocalDate sentOn) {

  public SentReminder {
    Objects.requireNonNull(stage, "reminder.stage");
    Objects.requireNonNull(sentOn, "reminder.sentOn");
  }
}
