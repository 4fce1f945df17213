package org.relance.payment;

import org.junit.jupiter.api.Test;
import org.relance.business.BusinessProfile;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EPC QR code as a banking app reads it ({@link QrScans}): every line of the payload checked in
 * order, the name's accents, the cuts to 70 and 140 characters and to 331 bytes, and the refusals.
 */
class EpcQrTest {

  private static final String IBAN = "FR7630006000011234567890189";

  private static BusinessProfile business(String name, String iban, String bic) {
    return new BusinessProfile(name, null, null, null, iban, bic, Language.FR, Jurisdiction.FR,
        ZoneId.of("Europe/Paris"), null, PlanPolicy.defaults(), 9, Map.of());
  }

  private static byte[] png(PaymentDetails details) {
    return assertInstanceOf(EpcQr.Ready.class, details.qr()).png();
  }

  @Test
  void everyFieldIsReadBackLineByLineWithTheAccentsOfTheName() throws Exception {
    PaymentDetails details = PaymentDetails.of(business("Menuiserie Hélène Dupont & Fils", "FR76 3000 6000 0112 3456 7890 189",
        "AGRIFRPP"), new BigDecimal("1200.5"), "EUR", List.of("F-2026-014", "F-2026-021"));

    List<String> lines = QrScans.lines(png(details));

    assertEquals("BCD", lines.get(0), "service tag");
    assertEquals("002", lines.get(1), "version");
    assertEquals("1", lines.get(2), "character set: UTF-8");
    assertEquals("SCT", lines.get(3), "identification");
    assertEquals("AGRIFRPP", lines.get(4), "BIC");
    assertEquals("Menuiserie Hélène Dupont & Fils", lines.get(5), "beneficiary, accents read as UTF-8");
    assertEquals(IBAN, lines.get(6), "IBAN without spaces");
    assertEquals("EUR1200.50", lines.get(7), "amount");
    assertEquals("", lines.get(8), "purpose");
    assertEquals("", lines.get(9), "structured reference");
    assertEquals("F-2026-014, F-2026-021", lines.get(10), "unstructured remittance: the invoice numbers");
    assertEquals(11, lines.size());
  }

  @Test
  void theBicIsOptionalAndALongNameAndReferenceAreCut() throws Exception {
    String longName = "Société Coopérative d'Ébénisterie et de Menuiserie Générale du Grand Lyon Métropole";
    List<String> numbers = IntStream.rangeClosed(1, 30).mapToObj(i -> "FACT-2026-" + (1000 + i)).toList();
    PaymentDetails details = PaymentDetails.of(business(longName, IBAN, null), new BigDecimal("999999999.99"),
        "EUR", numbers);

    List<String> lines = QrScans.lines(png(details));

    assertEquals("", lines.get(4), "no BIC");
    assertEquals(longName.substring(0, 70).strip(), lines.get(5), "the name cut to 70 characters");
    assertEquals("EUR999999999.99", lines.get(7));
    String reference = lines.get(10);
    assertTrue(reference.length() <= 140, reference);
    assertTrue(reference.startsWith("FACT-2026-1001, FACT-2026-1002, "), reference);
    int kept = reference.split(", ").length;
    assertTrue(reference.endsWith(", FACT-2026-" + (1000 + kept) + " (+" + (30 - kept) + ")"), reference);
  }

  @Test
  void aNameOfWideCharactersStillFitsIn331Bytes() throws Exception {
    String name = "株式会社".repeat(20);
    List<String> numbers = IntStream.rangeClosed(1, 20).mapToObj(i -> "F-" + i).toList();
    PaymentDetails details = PaymentDetails.of(business(name, IBAN, "AGRIFRPPXXX"), BigDecimal.TEN, "EUR", numbers);

    List<String> lines = QrScans.lines(png(details));

    assertEquals(name.substring(0, 70), lines.get(5));
    assertEquals("AGRIFRPPXXX", lines.get(4));
    assertTrue(lines.get(10).startsWith("F-1, F-2"), lines.get(10));
  }

  @Test
  void aLineBreakInTheNameCannotShiftTheLines() throws Exception {
    PaymentDetails details = PaymentDetails.of(business("Atelier\nDupont", IBAN, null), BigDecimal.ONE, "EUR",
        List.of("F-1"));

    List<String> lines = QrScans.lines(png(details));

    assertEquals("Atelier Dupont", lines.get(5));
    assertEquals(IBAN, lines.get(6));
    assertEquals("EUR1.00", lines.get(7));
  }

  @Test
  void noCodeWithoutARightIbanInEurosForAnAmountInRange() {
    List<String> one = List.of("F-1");
    assertEquals(EpcQr.Refusal.NO_IBAN, refusal(PaymentDetails.of(business("A", null, null), BigDecimal.TEN, "EUR", one)));
    assertEquals(EpcQr.Refusal.NO_IBAN, refusal(PaymentDetails.of(business("A", "  ", null), BigDecimal.TEN, "EUR", one)));
    assertEquals(EpcQr.Refusal.INVALID_IBAN,
        refusal(PaymentDetails.of(business("A", "FR7630006000011234567890188", null), BigDecimal.TEN, "EUR", one)));
    assertEquals(EpcQr.Refusal.NOT_EUR, refusal(PaymentDetails.of(business("A", IBAN, null), BigDecimal.TEN, "GBP", one)));
    assertEquals(EpcQr.Refusal.AMOUNT_OUT_OF_RANGE,
        refusal(PaymentDetails.of(business("A", IBAN, null), new BigDecimal("1000000000"), "EUR", one)));
    assertEquals(EpcQr.Refusal.AMOUNT_OUT_OF_RANGE,
        refusal(PaymentDetails.of(business("A", IBAN, null), BigDecimal.ZERO, "EUR", one)));
    assertEquals(EpcQr.Refusal.AMOUNT_OUT_OF_RANGE,
        refusal(PaymentDetails.of(business("A", IBAN, null), new BigDecimal("0.004"), "EUR", one)));
  }

  @Test
  void theSamePayloadGivesTheSamePicture() {
    PaymentDetails details = PaymentDetails.of(business("A", IBAN, null), BigDecimal.TEN, "EUR", List.of("F-1"));
    assertArrayEquals(png(details), png(details));
    assertTrue(png(details).length < 4_000, "a small PNG: " + png(details).length + " bytes");
  }

  private static EpcQr.Refusal refusal(PaymentDetails details) {
    return assertInstanceOf(EpcQr.Refused.class, details.qr()).refusal();
  }
}
