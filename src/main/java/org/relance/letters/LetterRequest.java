package org.relance.letters;

import org.relance.business.Jurisdiction;
import org.relance.common.Language;
import org.relance.ladder.Stage;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A letter to render: the case, which letter ({@code first_letter}, {@code warning_letter} or
 * {@code formal_notice}), the date it bears (the claim is computed as of that day), and for the
 * formal notice the days given to pay (8 to 15, {@code relance.letters.formal-notice-deadline-days}).
 */
public record LetterRequest(LetterCase file, Stage stage, LocalDate letterDate, int deadlineDays) {

  public LetterRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(letterDate, "letterDate");
    if (stage == null || !stage.isLetter()) {
      throw new IllegalArgumentException("Only first_letter, warning_letter and formal_notice are letters, not "
          + (stage == null ? "nothing" : stage.wire()));
    }
    if (deadlineDays < 8 || deadlineDays > 15) {
      throw new IllegalArgumentException("The formal notice deadline must be 8 to 15 days, not " + deadlineDays);
    }
  }

  /**
   * The language the letter is written in: the debtor's, else the business's; a UK business's
   * letters are in English (the UK wording exists only in English).
   */
  public Language language() {
    if (file.business().jurisdiction() == Jurisdiction.UK) {
      return Language.EN;
    }
    return file.debtor().language() != null ? file.debtor().language() : file.business().language();
  }
}
