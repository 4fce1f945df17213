package org.relance.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.Invoice;
import org.relance.ladder.Stage;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.pdf.LetterRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/**
 * Renders every letter in both languages for a business and a consumer debtor, reads the PDF
 * back as text and checks each mention and amount. The case: F-2025-001 1 200,50 € due
 * 31/05/2025 and F-2025-007 850,00 € due 15/07/2025, 150 € paid 01/08/2025 (to F-2025-001),
 * reminders 15/06 and 30/06/2025, letters dated 20/08/2025. B2B penalties (hand-computed):
 * F-2025-001: 30 d x 1200.50 x 13.15 % + 32 d x 1200.50 x 12.15 % + 19 d x 1050.50 x 12.15 %,
 * / 365 = 32.4071 -> 32,41 €; F-2025-007: 36 d x 850 x 12.15 % / 365 = 10.1860 -> 10,19 €;
 * principal 1 900,50 €, penalties 42,60 €, indemnity 2 x 40 = 80,00 €, total 2 023,10 €.
 * The PDFs are left in target/letters-preview/ for a look.
 */
class LetterRendererTest {

  private static final Path PREVIEW = Path.of("target", "letters-preview");
  private final LetterRenderer renderer = new LetterRenderer(new ClaimCalculator(rates()));

  static LetterCase sampleCase(BusinessProfile business, Debtor debtor) {
    return file(business, debtor,
        List.of(invoice("F-2025-001", "1200.50", "EUR", d("2025-04-30"), d("2025-05-31")),
            invoice("F-2025-007", "850.00", "EUR", d("2025-06-15"), d("2025-07-15"))),
        List.of(paid(d("2025-08-01"), "150.00", "EUR")),
        List.of(sent(Stage.FRIENDLY, d("2025-06-15")), sent(Stage.FIRST_LETTER, d("2025-06-30"))));
  }

  private RenderedLetter render(LetterCase file, Stage stage) throws IOException {
    RenderedLetter letter = renderer.render(new LetterRequest(file, stage, d("2025-08-20"), 8));
    Files.createDirectories(PREVIEW);
    Files.write(PREVIEW.resolve(stage.wire() + "-" + file.business().jurisdiction().code().toLowerCase() + "-"
        + letter.language().code() + "-"
        + file.debtor().type().wire() + ".pdf"), letter.pdf());
    return letter;
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text with every kind of space made a plain space, so "1 200,50 €" can be asserted as written. */
  static String plain(String text) {
    return text.replace('\u202f', ' ').replace('\u00a0', ' ').replace("\r", "").replace('\n', ' ');
  }

  private static void assertMentions(String text, String... expected) {
    for (String e : expected) {
      assertTrue(plain(text).contains(e), () -> "missing '" + e + "' in:\n" + text);
    }
  }

  private static void assertNoMention(String text, String... unexpected) {
    for (String u : unexpected) {
      assertFalse(plain(text).contains(u), () -> "unexpected '" + u + "' in:\n" + text);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = {"FIRST_LETTER", "WARNING_LETTER", "FORMAL_NOTICE"})
  void everyFrenchLetterToABusinessStatesPartiesInvoicesAndAmountsInFrenchFormat(Stage stage) throws IOException {
    String text = text(render(sampleCase(frenchBusiness(null), company(Language.FR)), stage).pdf());
    assertMentions(text, "Menuiserie Dupont SARL", "12 rue des Artisans", "69003 Lyon", "Boulangerie Martin SAS",
        "5 place du Marché", "69002 Lyon", "Lyon, le 20 août 2025", "F-2025-001", "F-2025-007", "30/04/2025",
        "31/05/2025", "15/07/2025", "1 200,50 €", "850,00 €", "150,00 €", "1 050,50 €", "1 900,50 €",
        "Claire Dupont, gérante", "FR76 3000 6000 0112 3456 7890 189", "page 1 / ");
    assertTrue(text.contains("1\u202f200,50\u00a0€"), "French grouping with a narrow no-break space");
  }

  @Test
  void theFrenchFormalNoticeToABusinessCarriesEveryMentionACourtExpects() throws IOException {
    RenderedLetter letter = render(sampleCase(frenchBusiness(null), company(Language.FR)), Stage.FORMAL_NOTICE);
    String text = text(letter.pdf());
    assertMentions(text, "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION", "MISE EN DEMEURE DE PAYER",
        "vaut mise en demeure", "nous vous mettons en demeure de nous régler la somme de 2 023,10 €",
        "1 900,50 € en principal", "42,60 € de pénalités de retard", "80,00 € d'indemnité forfaitaire",
        "32,41 €", "10,19 €", "40,00 €", "L441-10", "D441-5", "13,15 %", "12,15 %",
        "taux de refinancement de la BCE de 3,15 % majoré de 10 points", "dans un délai de 8 jours",
        "IBAN FR76 3000 6000 0112 3456 7890 189", "BIC AGRIFRPPXXX",
        "notre relance amiable du 15 juin 2025", "notre lettre de relance du 30 juin 2025",
        "injonction de payer", "tribunal de commerce", "pour Menuiserie Dupont SARL");
    assertEquals(RenderedLetter.sha256(letter.pdf()), letter.sha256());
    assertEquals(64, letter.sha256().length());
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = {"FIRST_LETTER", "WARNING_LETTER", "FORMAL_NOTICE"})
  void lettersToAConsumerMentionNoIndemnityAndNoFees(Stage stage) throws IOException {
    for (Language language : Language.values()) {
      String text = text(render(sampleCase(frenchBusiness(null), person(language)), stage).pdf());
      assertMentions(text, "Mme Sophie Bernard", "8 allée des Tilleuls", "F-2025-001");
      assertNoMention(text, "40,00", "€40", "D441-5", "L441-10", "indemnit", "Indemnit", "pénalités", "penalt",
          "frais", "fees");
    }
  }

  @Test
  void theFrenchFormalNoticeToAConsumerClaimsThePrincipalAndLegalInterestFromItsDate() throws IOException {
    String text = text(render(sampleCase(frenchBusiness(null), person(Language.FR)), Stage.FORMAL_NOTICE).pdf());
    assertMentions(text, "MISE EN DEMEURE", "nous vous mettons en demeure de nous régler la somme de 1 900,50 €",
        "intérêts au taux légal à compter de la présente mise en demeure", "1231-6", "tribunal judiciaire",
        "injonction de payer", "LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION");
    assertNoMention(text, "Décompte", "Intérêts au taux légal (article");
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = {"FIRST_LETTER", "WARNING_LETTER", "FORMAL_NOTICE"})
  void everyEnglishLetterToABusinessStatesTheAmountsInEnglishFormat(Stage stage) throws IOException {
    String text = text(render(sampleCase(frenchBusiness(null), company(Language.EN)), stage).pdf());
    assertMentions(text, "Dear Sir or Madam,", "Boulangerie Martin SAS", "F-2025-001", "€1,200.50", "€1,900.50",
        "Lyon, 20 August 2025", "Claire Dupont, gérante");
  }

  @Test
  void theEnglishFormalNoticeUnderFrenchLawNamesTheRulesAndTheCourt() throws IOException {
    String text = text(render(sampleCase(frenchBusiness(null), company(Language.EN)), Stage.FORMAL_NOTICE).pdf());
    assertMentions(text, "REGISTERED LETTER WITH ACKNOWLEDGMENT OF RECEIPT", "FORMAL NOTICE TO PAY",
        "We hereby give you formal notice to pay the sum of €2,023.10", "€42.60 late payment penalties",
        "€80.00 fixed recovery indemnity", "L441-10", "D441-5", "within 8 days",
        "our friendly reminder of 15 June 2025", "our reminder letter of 30 June 2025", "injonction de payer",
        "Yours faithfully,");
  }

  @Test
  void aUkBusinessSendsALetterBeforeActionWithStatutoryInterestAndFixedCompensation() throws IOException {
    // £5,000.00 due 30/06/2025; letter 20/08/2025: 51 days x 5000 x 12.25 % / 365 = 85.5822 -> £85.58; £70.
    LetterCase file = file(ukBusiness(), ukCompany(),
        List.of(invoice("INV-77", "5000.00", "GBP", d("2025-05-31"), d("2025-06-30"))), List.of(),
        List.of(sent(Stage.FIRST_LETTER, d("2025-07-15"))));
    String text = text(render(file, Stage.FORMAL_NOTICE).pdf());
    assertMentions(text, "LETTER BEFORE ACTION", "SENT BY RECORDED DELIVERY", "£5,000.00", "£85.58", "£70.00",
        "£5,155.58", "Late Payment of Commercial Debts (Interest) Act 1998", "County Court",
        "Bank of England base rate of 4.25% plus 8%", "James Cole, Director", "20 August 2025");
    assertNoMention(text, "injonction", "L441-10", "€");
  }

  @Test
  void aLongInvoiceListBreaksAcrossPagesWithTheTableHeaderRepeated() throws IOException {
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      invoices.add(invoice(String.format("F-2025-%03d", i), "1200.50", "EUR", d("2025-03-01"), d("2025-03-31")));
    }
    LetterCase file = file(frenchBusiness(null), company(Language.FR), invoices, List.of(),
        List.of(sent(Stage.FIRST_LETTER, d("2025-04-15")), sent(Stage.WARNING_LETTER, d("2025-05-02"))));
    RenderedLetter letter = renderer.render(new LetterRequest(file, Stage.FORMAL_NOTICE, d("2025-05-20"), 15));
    Files.createDirectories(PREVIEW);
    Files.write(PREVIEW.resolve("formal_notice-long.pdf"), letter.pdf());
    String text = text(letter.pdf());
    try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
      assertTrue(doc.getNumberOfPages() >= 3, "45 invoices twice (invoices and claim) need several pages");
      assertMentions(text, "page " + doc.getNumberOfPages() + " / " + doc.getNumberOfPages());
    }
    for (int i = 1; i <= 45; i++) {
      assertMentions(text, String.format("F-2025-%03d", i));
    }
    // 45 x 1 200,50 = 54 022,50 € principal; 45 x 40 = 1 800,00 € indemnity.
    assertMentions(text, "54 022,50 €", "1 800,00 €", "dans un délai de 15 jours");
    assertTrue(text.split("Facture n°").length > 3, "the table header is repeated on the next pages");
  }

  @Test
  void aClaimOverAHalfYearNotYetInTheTablesIsPrintedAsProvisional() throws IOException {
    // 1 000,00 € due 01/12/2026, notice 30/01/2027: 60 days at 12.40 % (2027-H1 carried forward) = 20,38 €;
    // the ECB row carried forward has no confirmed publication date, so none is printed.
    LetterCase file = file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-2026-099", "1000.00", d("2026-12-01"))), List.of(), List.of());
    String text = text(renderer.render(new LetterRequest(file, Stage.FORMAL_NOTICE, d("2027-01-30"), 8)).pdf());
    assertMentions(text, "20,38 €", "Montant provisoire : le taux officiel (1er semestre 2027) ne figurant pas encore",
        "taux de refinancement de la BCE du 2nd semestre 2026 (ECB press release");
  }

  @Test
  void anEnglishLetterPastTheTablesSaysCourteouslyWhichRateWasCarriedForward() throws IOException {
    // £1,000.00 due 01/12/2026, letter 30/01/2027: 60 days at 11.75 % (BoE 2026-H2 carried forward) = £19.32.
    LetterCase file = file(ukBusiness(), ukCompany(),
        List.of(invoice("INV-99", "1000.00", "GBP", d("2026-11-01"), d("2026-12-01"))), List.of(), List.of());
    String text = text(renderer.render(new LetterRequest(file, Stage.FORMAL_NOTICE, d("2027-01-30"), 8)).pdf());
    assertMentions(text, "£19.32", "Provisional amount: the official rate for January–June 2027 was not yet in our tables",
        "the Bank of England base rate for July–December 2026, published on 18/12/2025",
        "The amount may change slightly once the official rate is applied.");
  }

  @Test
  void aFormalNoticeDeadlineOutsideEightToFifteenDaysIsRefused() {
    LetterCase file = sampleCase(frenchBusiness(null), company(Language.FR));
    var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new LetterRequest(file, Stage.FORMAL_NOTICE, d("2025-08-20"), 30));
    assertTrue(error.getMessage().contains("8 to 15"));
  }
}
