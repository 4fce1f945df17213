package org.relance.letters;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.ladder.Stage;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relance.letters.LetterFixtures.*;

/** The letters area built from configuration, and the claim as the API will write it in JSON. */
class LettersTest {

  @Test
  void theConfiguredDeadlineIsPrintedInTheFormalNotice() throws IOException {
    Letters letters = Letters.fromConfig(ConfigFactory.load().withValue("relance.letters.formal-notice-deadline-days",
        ConfigValueFactory.fromAnyRef(12)));
    RenderedLetter notice = letters.letter(LetterRendererTest.sampleCase(frenchBusiness(null), company(Language.FR)),
        Stage.FORMAL_NOTICE, d("2025-08-20"));
    assertTrue(LetterRendererTest.text(notice.pdf()).contains("dans un délai de 12 jours"));
  }

  @Test
  void aDeadlineOutsideEightToFifteenDaysIsRefusedAtStartWithTheKeyToFix() {
    var error = assertThrows(IllegalArgumentException.class, () -> Letters.fromConfig(ConfigFactory.load()
        .withValue("relance.letters.formal-notice-deadline-days", ConfigValueFactory.fromAnyRef(30))));
    assertTrue(error.getMessage().contains("relance.letters.formal-notice-deadline-days"));
  }

  @Test
  void aMalformedRateIsRefusedWithItsKey() {
    var error = assertThrows(IllegalArgumentException.class, () -> Letters.fromConfig(ConfigFactory.load()
        .withValue("relance.letters.rates.ecb-main-refinancing.\"2026-H1\"", ConfigValueFactory.fromAnyRef("two"))));
    assertTrue(error.getMessage().contains("relance.letters.rates.ecb-main-refinancing.2026-H1: must be a row"),
        error.getMessage());
  }

  private static void assertAmount(String expected, JsonNode amount) {
    assertEquals(0, new java.math.BigDecimal(expected).compareTo(amount.decimalValue()), () -> expected + " vs " + amount);
  }

  @Test
  void theClaimSerializesWithItsTotalsAndProvisionalFlag() throws IOException {
    Letters letters = Letters.fromConfig(ConfigFactory.load());
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    JsonNode claim = json.readTree(json.writeValueAsString(letters.claim(
        LetterRendererTest.sampleCase(frenchBusiness(null), company(Language.FR)), d("2025-08-20"))));
    assertAmount("2023.10", claim.at("/total/amount"));
    assertAmount("42.60", claim.at("/penalties/amount"));
    assertAmount("80.00", claim.at("/indemnity/amount"));
    assertEquals(false, claim.get("provisional").asBoolean());
    assertEquals("2025-H1", claim.at("/invoices/0/periods/0/halfYear").asText());
    assertEquals("ecb_plus_ten", claim.at("/invoices/0/periods/0/basis").asText());
    assertAmount("1122.91", claim.at("/invoices/0/total/amount"));
  }

  @Test
  void aCaseMixingCurrenciesIsRefusedWithTheInvoiceNamed() {
    var error = assertThrows(IllegalArgumentException.class, () -> file(frenchBusiness(null), company(Language.FR),
        java.util.List.of(LetterFixtures.eur("F-1", "100.00", d("2025-01-31")),
            invoice("F-2", "100.00", "GBP", d("2025-01-01"), d("2025-01-31"))), java.util.List.of(),
        java.util.List.of()));
    assertTrue(error.getMessage().contains("F-2") && error.getMessage().contains("GBP"), error.getMessage());
  }
}
