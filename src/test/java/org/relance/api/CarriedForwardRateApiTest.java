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
 * A claim past the rate tables, through the real service on the simulated clock (November 2026,
 * beyond the shipped 2025-H2): the API's claim says which rate was carried forward and from which
 * published row, and the dossier's annex says so in the debtor's language; with the half-years
 * added by configuration (as -D would) nothing is carried forward and the added rate is applied.
 */
class CarriedForwardRateApiTest {

  /** A case of 1 200,50 € due on 1 September 2026, so its interest runs in 2026-H2. */
  private static String overdueCase(TestService service) {
    return service.createCase(service.createBusiness(), "2026-09-01");
  }

  @Test
  void aClaimPastTheTablesNamesTheRateCarriedForwardInTheApiAndTheDossier(@TempDir Path dir) throws Exception {
    try (TestService service = TestService.start(dir)) {
      String caseId = overdueCase(service);
      JsonNode claim = service.get("/api/cases/" + caseId + "/claim").body();
      assertTrue(claim.path("provisional").asBoolean(), claim.toString());
      JsonNode ecb = null;
      for (JsonNode rate : claim.path("provisionalRates")) {
        ecb = rate.path("table").asText().equals("ecb-main-refinancing") ? rate : ecb;
      }
      assertNotNull(ecb, claim.toString());
      assertEquals("2026-H2", ecb.path("period").asText());
      assertEquals("2025-H2", ecb.path("carriedFrom").asText());
      assertEquals("2025-06-05", ecb.path("published").asText());
      assertTrue(ecb.path("source").asText().contains("5 June 2025"), ecb.toString());

      String dossier = LetterApiTest.text(LetterApiTest.download(service, "/api/cases/" + caseId + "/dossier.pdf"))
          .replace('\n', ' ');
      assertTrue(dossier.contains("Montant provisoire : le taux officiel (2nd semestre 2026) ne figurant pas encore"),
          dossier);
      assertTrue(dossier.contains("taux de refinancement de la BCE du 2nd semestre 2025, publié le 05/06/2025"), dossier);
    }
  }

  @Test
  void halfYearsAddedByConfigurationAreAppliedAndNothingIsCarriedForward(@TempDir Path dir) {
    Map<String, Object> rows = new HashMap<>();
    for (String table : new String[] {"ecb-main-refinancing", "fr-legal-other-cases"}) {
      for (String half : new String[] {"2026-H1", "2026-H2"}) {
        String row = "relance.letters.added-rates." + table + "." + half + ".";
        rows.put(row + "percent", table.startsWith("ecb") ? "3.00" : "1.00");
        rows.put(row + "published", half.endsWith("H1") ? "2025-12-20" : "2026-06-20");
        rows.put(row + "source", "test row");
      }
    }
    try (TestService service = TestService.start(dir, rows)) {
      JsonNode claim = service.get("/api/cases/" + overdueCase(service) + "/claim").body();
      assertFalse(claim.path("provisional").asBoolean(), claim.toString());
      JsonNode period = claim.at("/invoices/0/periods/0");
      assertEquals("2026-H2", period.path("halfYear").asText());
      assertEquals(0, new java.math.BigDecimal("13.00").compareTo(period.path("annualRate").decimalValue()),
          period.toString());
    }
  }
}
