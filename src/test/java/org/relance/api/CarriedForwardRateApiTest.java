package org.relance.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A claim past the rate tables, through the real service on the simulated clock (January 2027,
 * beyond the shipped 2026-H2): the API's claim says which rate was carried forward and from which
 * row, and the dossier's annex says so in the debtor's language; with the half-year added by
 * configuration (as -D would) nothing is carried forward and the added rate is applied. The start says
 * which tables end before today's half-year.
 */
class CarriedForwardRateApiTest {

  /** The simulated clock in January 2027, past the last half-year shipped. */
  private static final String JANUARY_2027 = "2027-01-25T08:00:00Z";

  /** A case of 1 200,50 € due on 1 December 2026, so its interest runs in 2026-H2 and 2027-H1. */
  private static String overdueCase(TestService service) {
    return service.createCase(service.createBusiness(), "2026-12-01");
  }

  @Test
  void aClaimPastTheTablesNamesTheRateCarriedForwardInTheApiAndTheDossier(@TempDir Path dir) throws Exception {
    try (TestService service = TestService.start(dir, Map.of("relance.clock.start", JANUARY_2027))) {
      assertTrue(service.relance().startupReport().stream().anyMatch(line -> line.startsWith(
          "Rate tables: ecb-main-refinancing ends at 2026-H2, fr-legal-other-cases ends at 2026-H2") && line.contains(
          "before 2027-H1: claims carry the last rate forward")), "the start says the tables are behind: "
          + service.relance().startupReport());
      String caseId = overdueCase(service);
      JsonNode claim = service.get("/api/cases/" + caseId + "/claim").body();
      assertTrue(claim.path("provisional").asBoolean(), claim.toString());
      JsonNode ecb = null;
      for (JsonNode rate : claim.path("provisionalRates")) {
        ecb = rate.path("table").asText().equals("ecb-main-refinancing") ? rate : ecb;
      }
      assertNotNull(ecb, claim.toString());
      assertEquals("2027-H1", ecb.path("period").asText());
      assertEquals("2026-H2", ecb.path("carriedFrom").asText());
      assertTrue(ecb.path("published").isNull() || ecb.path("published").isMissingNode(), ecb.toString());
      assertTrue(ecb.path("source").asText().contains("17 June 2026"), ecb.toString());

      String dossier = LetterApiTest.text(LetterApiTest.download(service, "/api/cases/" + caseId + "/dossier.pdf"))
          .replace('\n', ' ');
      assertTrue(dossier.contains("Montant provisoire : le taux officiel (1er semestre 2027) ne figurant pas encore"),
          dossier);
      assertTrue(dossier.contains("taux de refinancement de la BCE du 2nd semestre 2026 (ECB press release"), dossier);
    }
  }

  @Test
  void halfYearsAddedByConfigurationAreAppliedAndNothingIsCarriedForward(@TempDir Path dir) {
    Map<String, Object> rows = new HashMap<>();
    for (String table : new String[] {"ecb-main-refinancing", "fr-legal-other-cases", "fr-legal-private-persons",
        "boe-base-rate"}) {
      String row = "relance.letters.added-rates." + table + ".2027-H1.";
      rows.put(row + "percent", table.startsWith("ecb") ? "3.00" : "1.00");
      rows.put(row + "published", "2026-12-20");
      rows.put(row + "source", "test row");
    }
    rows.put("relance.clock.start", JANUARY_2027);
    try (TestService service = TestService.start(dir, rows)) {
      assertTrue(service.relance().startupReport().contains("Rate tables: up to date for 2027-H1 (relance.letters.rates)."),
          service.relance().startupReport().toString());
      JsonNode claim = service.get("/api/cases/" + overdueCase(service) + "/claim").body();
      assertFalse(claim.path("provisional").asBoolean(), claim.toString());
      JsonNode period = claim.at("/invoices/0/periods/1");
      assertEquals("2027-H1", period.path("halfYear").asText());
      assertEquals(0, new java.math.BigDecimal("13.00").compareTo(period.path("annualRate").decimalValue()),
          period.toString());
    }
  }
}
