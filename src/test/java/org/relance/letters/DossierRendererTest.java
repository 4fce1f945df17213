package org.relance.letters;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.common.Party;
import org.relance.ladder.Stage;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.pdf.DossierRenderer;
import org.relance.letters.pdf.LetterRenderer;
import org.relance.letters.store.StoredLetter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/** The handover dossier read back as text: parties, court form, claim, letters, commitments, messages, journal. */
class DossierRendererTest {

  private final ClaimCalculator calculator = new ClaimCalculator(rates());
  private final LetterRenderer letters = new LetterRenderer(calculator);
  private final DossierRenderer dossier = new DossierRenderer(calculator);

  private LetterCase fullCase(org.relance.debtorcase.Debtor debtor) {
    LetterCase base = LetterRendererTest.sampleCase(frenchBusiness(null), debtor)
        .withReminder(sent(Stage.FORMAL_NOTICE, d("2025-08-20")));
    return new LetterCase(base.caseId(), base.business(), base.debtor(), base.invoices(), base.payments(),
        base.reminders(),
        List.of(new Commitment(Commitment.Kind.PROMISE, d("2025-07-02"), "je vous règle 150 € début août 👍", true,
            List.of(), "kept"),
            new Commitment(Commitment.Kind.ACKNOWLEDGMENT, d("2025-08-25"), "Oui, je reconnais devoir le reste.", true,
                List.of(), "")),
        List.of(new JournalLine(1, Instant.parse("2025-06-01T08:00:00Z"), "case_opened",
                "{\"invoices\":[\"F-2025-001\"],\"debtor\":\"Boulangerie Martin SAS\"}"),
            new JournalLine(2, Instant.parse("2025-07-02T10:15:00Z"), "promise_recorded",
                "{\"amount\":\"150.00\",\"date\":\"2025-08-01\",\"words\":\"je vous règle 150 € début août\"}")),
        List.of(new CaseMessage(Instant.parse("2025-07-02T10:14:00Z"), CaseMessage.Direction.IN, Party.DEBTOR,
                "telegram", null, "bonjour, je vous règle 150 € début août 👍\npour le reste je vois avec mon comptable"),
            new CaseMessage(Instant.parse("2025-07-02T10:15:00Z"), CaseMessage.Direction.OUT, Party.DEBTOR, "telegram",
                null, "Je note : 150 € le 01/08, c'est bien ça ?"),
            new CaseMessage(Instant.parse("2025-07-02T10:16:00Z"), CaseMessage.Direction.OUT, Party.OWNER, "telegram",
                "1801", "Boulangerie Martin SAS a promis de payer 150,00 € d'ici le 1 août.")), null);
  }

  private List<StoredLetter> issued(LetterCase file) {
    List<StoredLetter> stored = new ArrayList<>();
    for (var stage : List.of(Stage.FIRST_LETTER, Stage.FORMAL_NOTICE)) {
      var date = stage == Stage.FIRST_LETTER ? d("2025-06-30") : d("2025-08-20");
      RenderedLetter letter = letters.render(new LetterRequest(file, stage, date, 8));
      stored.add(new StoredLetter(file.caseId(), stage, date, letter.language(), letter.sha256(),
          Instant.parse("2025-08-20T09:00:00Z"), letter.pdf()));
    }
    return stored;
  }

  @Test
  void theDossierOfABusinessDebtorHoldsEverythingTheCommercialCourtFormNeeds() throws IOException {
    LetterCase file = fullCase(company(Language.FR));
    List<StoredLetter> stored = issued(file);
    byte[] pdf = dossier.renderPdf(new DossierRequest(file, d("2025-09-01"), stored));
    Files.createDirectories(Path.of("target", "letters-preview"));
    Files.write(Path.of("target", "letters-preview", "dossier-fr-business.pdf"), pdf);
    String text = LetterRendererTest.plain(LetterRendererTest.text(pdf));
    for (String expected : List.of("Dossier de recouvrement — Boulangerie Martin SAS", "SIREN 512 345 678",
        "Forme juridique SAS", "SIREN 823 456 789", "Siège social 5 place du Marché, 69002 Lyon, France",
        "cerfa n° 12946", "tribunal de commerce", "Suite recommandée : procédure simplifiée de recouvrement des petites créances",
        "injonction de payer", "société de recouvrement", "affacturage", "F-2025-001", "1 200,50 €", "1 900,50 €",
        "L441-10", "D441-5", "01/08/2025 F-2025-001 150,00 €",
        stored.get(0).sha256(), stored.get(1).sha256(), "mise en demeure", "30/06/2025",
        "« je vous règle 150 € début août ? »", "reconnaissance de dette",
        "bonjour, je vous règle 150 € début août ?", "pour le reste je vois avec mon comptable",
        "Je note : 150 € le 01/08, c'est bien ça ?", "02/07/2025 12:14:00 (Europe/Paris)", "reçu du débiteur",
        "envoyé au débiteur", "02/07/2025 12:16:00 (Europe/Paris) — adressé au créancier, non au débiteur (chat 1801)",
        "case_opened", "promise_recorded", "\"words\":\"je vous règle 150 € début août\"",
        "Code de commerce L110-4", "Code civil 2240", "25/08/2025", "25/08/2030")) {
      assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
    }
  }

  @Test
  void theDossierOfAConsumerPointsToTheJudicialCourtForm() throws IOException {
    LetterCase file = fullCase(person(Language.FR));
    String text = LetterRendererTest.plain(LetterRendererTest.text(
        dossier.renderPdf(new DossierRequest(file, d("2025-09-01"), List.of()))));
    assertTrue(text.contains("cerfa n° 12948") && text.contains("tribunal judiciaire"), text);
    assertTrue(text.contains("Code de la consommation L218-2"), text);
    assertFalse(text.contains("affacturage"), "no factoring of a consumer's debt");
    assertFalse(text.contains("D441-5"), "no indemnity for a consumer");
  }

  @Test
  void theDossierArchiveHoldsTheSummaryAndEveryLetterAsIssued() throws IOException {
    LetterCase file = fullCase(company(Language.FR));
    List<StoredLetter> stored = issued(file);
    byte[] zip = dossier.renderZip(new DossierRequest(file, d("2025-09-01"), stored));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        byte[] bytes = in.readAllBytes();
        if (e.getName().endsWith("formal_notice.pdf")) {
          assertArrayEquals(stored.get(1).pdf(), bytes);
        }
      }
    }
    assertEquals(List.of("dossier-case-42.pdf", "letters/2025-06-30-first_letter.pdf",
        "letters/2025-08-20-formal_notice.pdf"), names);
  }
}
