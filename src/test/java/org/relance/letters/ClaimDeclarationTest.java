package org.relance.letters;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.ladder.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/**
 * The "déclaration de créance" to the mandataire judiciaire, checked against a claim worked by hand.
 *
 * <p>Menuiserie Dupont SARL declares against Boulangerie Martin SAS, in redressement judiciaire by a
 * judgment of 15 October 2025. F-2025-031: 1 500,00 € due 01/07/2025; F-2025-044: 640,00 € due
 * 31/08/2025; nothing paid; a friendly reminder on 10/07/2025 and a formal notice on 15/09/2025.
 * Penalties run from the day after each due date to the judgment (interest stops then, L622-28) at
 * the rate of the second half of 2025: ECB 2,15 % + 10 points = 12,15 % (above the floor, 3 x 2,76 %
 * = 8,28 %), simple interest, annual rate / 365:
 * <ul>
 *   <li>F-2025-031: 2 July to 15 October = 30 + 31 + 30 + 15 = 106 days;
 *       1 500 x 12,15 % x 106 / 365 = 19 318,5 / 365 = 52,9274 -> 52,93 €</li>
 *   <li>F-2025-044: 1 September to 15 October = 30 + 15 = 45 days;
 *       640 x 12,15 % x 45 / 365 = 3 499,2 / 365 = 9,5868 -> 9,59 €</li>
 * </ul>
 * Principal 1 500,00 + 640,00 = 2 140,00 €; penalties 52,93 + 9,59 = 62,52 €; indemnity 2 x 40 =
 * 80,00 €; total 2 140,00 + 62,52 + 80,00 = 2 282,52 €. The PDF is left in target/letters-preview/.
 */
class ClaimDeclarationTest {

  private final Letters letters = new Letters(rates(), 8);

  private static LetterCase claim(Language language) {
    return file(frenchBusiness(null), company(language),
        List.of(invoice("F-2025-031", "1500.00", "EUR", d("2025-06-01"), d("2025-07-01")),
            invoice("F-2025-044", "640.00", "EUR", d("2025-08-01"), d("2025-08-31"))),
        List.of(), List.of(sent(Stage.FRIENDLY, d("2025-07-10")), sent(Stage.FORMAL_NOTICE, d("2025-09-15"))));
  }

  private String render(Language language) throws IOException {
    byte[] pdf = letters.claimDeclaration(claim(language), d("2025-10-15"), d("2025-10-20"));
    Files.createDirectories(Path.of("target", "letters-preview"));
    Files.write(Path.of("target", "letters-preview", "claim_declaration-" + language.code() + ".pdf"), pdf);
    return LetterRendererTest.plain(LetterRendererTest.text(pdf));
  }

  @Test
  void theFrenchDeclarationStatesTheClaimWorkedByHand() throws IOException {
    String text = render(Language.FR);
    for (String expected : List.of("DÉCLARATION DE CRÉANCE", "mandataire judiciaire", "Menuiserie Dupont SARL",
        "SIREN 512 345 678", "Boulangerie Martin SAS", "823 456 789", "5 place du Marché",
        "jugement d'ouverture du 15 octobre 2025", "F-2025-031", "F-2025-044", "01/07/2025", "31/08/2025",
        "1 500,00 €", "640,00 €", "52,93 €", "9,59 €", "40,00 €", "12,15 %",
        "2 140,00 €", "62,52 €", "80,00 €", "2 282,52 €", "L622-24", "L622-25",
        "copie des factures", "bon de commande", "mise en demeure du 15 septembre 2025",
        "sincère et véritable", "Claire Dupont, gérante", "Lyon, le 20 octobre 2025")) {
      assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
    }
    assertFalse(text.contains("IBAN"), "a declaration asks for no payment");
  }

  @Test
  void theEnglishDeclarationStatesTheSameFigures() throws IOException {
    String text = render(Language.EN);
    for (String expected : List.of("PROOF OF CLAIM", "€1,500.00", "€52.93", "€9.59", "€2,140.00", "€62.52",
        "€80.00", "€2,282.52", "15 October 2025", "Claire Dupont, gérante")) {
      assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
    }
  }
}
