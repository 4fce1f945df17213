package org.relance.letters;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.pdf.StatementRenderer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/**
 * The monthly statement, read back from the PDF: the sample case of {@link LetterRendererTest}
 * (F-2025-001 1 200,50 €, F-2025-007 850,00 €, 150 € paid on 01/08/2025 against the older one) on
 * 20/08/2025 lists both invoices with what was paid and what remains (1 050,50 € and 850,00 €), the
 * payment, and the balance 2 050,50 invoiced, 150,00 paid, 1 900,50 remaining; no penalty, no deadline,
 * in French and in English. The PDFs are left in target/letters-preview/.
 */
class StatementRendererTest {

  private final StatementRenderer renderer = new StatementRenderer(new ClaimCalculator(rates()));

  private String render(Language language) throws IOException {
    LetterCase file = LetterRendererTest.sampleCase(frenchBusiness(BigDecimal.ZERO), company(language));
    byte[] pdf = renderer.render(file, d("2025-08-20"), language);
    Files.createDirectories(Path.of("target", "letters-preview"));
    Files.write(Path.of("target", "letters-preview", "statement-" + language.code() + ".pdf"), pdf);
    return LetterRendererTest.plain(LetterRendererTest.text(pdf));
  }

  @Test
  void theFrenchStatementListsEachInvoiceWhatWasPaidAndWhatRemains() throws IOException {
    String text = render(Language.FR);
    assertTrue(text.contains("Relevé de compte de "), text);
    assertTrue(text.contains("F-2025-001 30/04/2025 31/05/2025 1 200,50 € 150,00 € 1 050,50 €"), text);
    assertTrue(text.contains("F-2025-007 15/06/2025 15/07/2025 850,00 € 0,00 € 850,00 €"), text);
    assertTrue(text.contains("01/08/2025 F-2025-001 150,00 €"), text);
    assertTrue(text.contains("Facturé : 2 050,50 € — déjà réglé : 150,00 € — reste dû : 1 900,50 €"), text);
    assertTrue(text.contains("merci de ne pas tenir compte de ce relevé"), text);
    assertFalse(text.contains("Pénalités") || text.contains("40,00"), "a statement claims no penalty: " + text);
  }

  @Test
  void theEnglishStatementSaysTheSame() throws IOException {
    String text = render(Language.EN);
    assertTrue(text.contains("Statement of account of "), text);
    assertTrue(text.contains("Invoiced: €2,050.50 — already paid: €150.00 — remaining: €1,900.50"), text);
    assertTrue(text.contains("Payments received"), text);
  }
}
