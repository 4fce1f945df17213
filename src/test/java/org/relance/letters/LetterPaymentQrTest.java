package org.relance.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.ladder.Stage;
import org.relance.letters.claim.ClaimCalculator;
import org.relance.letters.pdf.LetterRenderer;
import org.relance.payment.QrScans;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/**
 * The letters carry the payment details: the reference to quote and the EPC QR code, found in the
 * PDF as an image and scanned back. The case is {@link LetterRendererTest#sampleCase}: F-2025-001
 * and F-2025-007, 1 900,50 € principal, 2 023,10 € with penalties and indemnity on 20/08/2025.
 */
class LetterPaymentQrTest {

  private final LetterRenderer renderer = new LetterRenderer(new ClaimCalculator(rates()));

  private byte[] letter(LetterCase file, Stage stage) throws IOException {
    byte[] pdf = renderer.render(new LetterRequest(file, stage, d("2025-08-20"), 8)).pdf();
    Path preview = Path.of("target", "letters-preview");
    Files.createDirectories(preview);
    Files.write(preview.resolve(stage.wire() + "-" + file.business().jurisdiction().code().toLowerCase()
        + "-payment-qr.pdf"), pdf);
    return pdf;
  }

  /** Every image of every page, as PNG bytes. */
  static List<byte[]> images(byte[] pdf) throws IOException {
    List<byte[]> images = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
          if (resources.getXObject(name) instanceof PDImageXObject image) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image.getImage(), "png", png);
            images.add(png.toByteArray());
          }
        }
      }
    }
    return images;
  }

  @Test
  void aFirstLetterPrintsTheReferenceAndAQrCodeOfThePrincipalDue() throws Exception {
    byte[] pdf = letter(LetterRendererTest.sampleCase(frenchBusiness(null), company(Language.FR)), Stage.FIRST_LETTER);

    String text = LetterRendererTest.plain(LetterRendererTest.text(pdf));
    assertTrue(text.contains("Référence à indiquer sur votre virement : F-2025-001, F-2025-007"), text);
    assertTrue(text.contains("IBAN FR76 3000 6000 0112 3456 7890 189"), text);
    assertTrue(text.contains("le virement de 1 900,50 € à Menuiserie Dupont SARL est prérempli"), text);
    List<byte[]> images = images(pdf);
    assertEquals(1, images.size());
    List<String> lines = QrScans.lines(images.get(0));
    assertEquals(List.of("BCD", "002", "1", "SCT", "AGRIFRPPXXX", "Menuiserie Dupont SARL",
        "FR7630006000011234567890189", "EUR1900.50", "", "", "F-2025-001, F-2025-007"), lines);
  }

  @Test
  void aFormalNoticeAsksTheClaimsTotalInItsQrCode() throws Exception {
    byte[] pdf = letter(LetterRendererTest.sampleCase(frenchBusiness(null), company(Language.EN)), Stage.FORMAL_NOTICE);

    String text = LetterRendererTest.plain(LetterRendererTest.text(pdf));
    assertTrue(text.contains("Reference to quote on your transfer: F-2025-001, F-2025-007"), text);
    assertEquals("EUR2023.10", QrScans.lines(images(pdf).get(0)).get(7));
  }

  @Test
  void aFirstLetterForOneInvoiceStillFitsOnOnePageWithItsQrCode() throws Exception {
    LetterCase file = file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-2025-001", "1200.50", d("2025-05-31"))), List.of(),
        List.of(sent(Stage.FRIENDLY, d("2025-06-15"))));
    byte[] pdf = letter(file, Stage.FIRST_LETTER);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
    }
    assertEquals(1, images(pdf).size());
  }

  @Test
  void aLetterPrintsTheDebtorPageAndItsQrCodeOpensIt() throws Exception {
    String page = "https://relance.example.org/d/Xf3kQ9pLm2VbT7wRz1YcAa";
    LetterCase file = file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-2025-001", "1200.50", d("2025-05-31"))), List.of(),
        List.of(sent(Stage.FRIENDLY, d("2025-06-15")))).withPageUrl(page);
    byte[] pdf = letter(file, Stage.FIRST_LETTER);

    String text = LetterRendererTest.plain(LetterRendererTest.text(pdf));
    assertTrue(text.contains("sur votre page personnelle, où vous pouvez nous répondre : " + page), text);
    List<byte[]> images = images(pdf);
    assertEquals(2, images.size(), "the transfer's code and the page's");
    assertTrue(images.stream().anyMatch(png -> scan(png).equals(List.of(page))), "a code opens the page");
  }

  private static List<String> scan(byte[] png) {
    try {
      return QrScans.lines(png);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aLetterInPoundsHasTheReferenceButNoQrCode() throws Exception {
    LetterCase file = file(ukBusiness(), ukCompany(),
        List.of(invoice("INV-88", "640.00", "GBP", d("2025-05-01"), d("2025-05-31"))), List.of(), List.of());
    byte[] pdf = letter(file, Stage.FIRST_LETTER);

    assertTrue(LetterRendererTest.plain(LetterRendererTest.text(pdf)).contains("Reference to quote on your transfer: INV-88"));
    assertEquals(0, images(pdf).size());
  }

  @Test
  void aBusinessWithoutBankDetailsPrintsNeitherReferenceNorCode() throws Exception {
    var business = frenchBusiness(null);
    var noBank = new org.relance.business.BusinessProfile(business.name(), business.address(), business.legalId(),
        business.signatory(), null, null, business.language(), business.jurisdiction(), business.timezone(), null,
        business.planPolicy(), 9, java.util.Map.of());
    byte[] pdf = letter(LetterRendererTest.sampleCase(noBank, company(Language.FR)), Stage.FIRST_LETTER);

    String text = LetterRendererTest.plain(LetterRendererTest.text(pdf));
    assertTrue(text.contains("Pour le règlement, merci de nous contacter"), text);
    assertTrue(!text.contains("Référence à indiquer"), text);
    assertEquals(0, images(pdf).size());
  }
}
