package org.relance.letters;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.ladder.Stage;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.pdf.DossierRenderer;
import org.relance.letters.pdf.LetterRenderer;
import org.relance.letters.store.StoredLetter;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/** The dossier says when the owner posted each letter, and the registered letter's number. */
class LetterPostingDossierTest {

  private final ClaimCalculator calculator = new ClaimCalculator(rates());
  private final LetterRenderer letters = new LetterRenderer(calculator);
  private final DossierRenderer dossier = new DossierRenderer(calculator);

  private StoredLetter stored(LetterCase file, Stage stage, String date) {
    RenderedLetter letter = letters.render(new LetterRequest(file, stage, d(date), 8));
    return new StoredLetter(file.caseId(), stage, d(date), letter.language(), letter.sha256(),
        Instant.parse("2025-08-20T09:00:00Z"), letter.pdf());
  }

  @Test
  void eachPostedLetterShowsItsDayAndTheRegisteredNumber() throws IOException {
    LetterCase file = LetterRendererTest.sampleCase(frenchBusiness(null), company(Language.FR))
        .withReminder(sent(Stage.FORMAL_NOTICE, d("2025-08-20")));
    List<StoredLetter> kept = List.of(stored(file, Stage.FIRST_LETTER, "2025-06-30"),
        stored(file, Stage.WARNING_LETTER, "2025-07-15"), stored(file, Stage.FORMAL_NOTICE, "2025-08-20"));
    String text = LetterRendererTest.plain(LetterRendererTest.text(dossier.renderPdf(new DossierRequest(file,
        d("2025-09-01"), kept, List.of(new LetterPosting(Stage.FIRST_LETTER, d("2025-07-01"), null),
            new LetterPosting(Stage.FORMAL_NOTICE, d("2025-08-21"), "1A 123 456 7890 1"))))));
    assertTrue(text.contains("Postée le 01/07/2025 (selon le créancier)."), text);
    assertTrue(text.contains("Postée le 21/08/2025 en recommandé, numéro 1A 123 456 7890 1."), text);
    assertFalse(text.contains("Postée le 15/07/2025"), "the warning letter was not recorded as posted");
  }
}
