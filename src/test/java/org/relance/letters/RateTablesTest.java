package org.relance.letters;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.config.RelanceConfig;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.HalfYear;
import org.relance.letters.claim.InterestPeriod;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.letters.LetterFixtures.*;

/**
 * Half-years added to the rate tables by configuration (application.conf, -D, the environment):
 * used in a claim like the shipped rows; a malformed, gapped or overlapping row refused at start
 * with the key to fix. The rows here are test values, not published rates.
 */
class RateTablesTest {

  /** 2027-H1 for the two tables a French B2B claim reads: ECB 3.00 %, legal rate 0.80 % (test values). */
  static final String ROWS_2027_H1 = """
      ecb-main-refinancing { "2027-H1" { percent = 3.00, published = "2026-12-18", source = "test row" } }
      fr-legal-other-cases { "2027-H1" { percent = 0.80, published = "2026-12-26", source = "test row" } }
      """;

  private static Config added(String rows) {
    return ConfigFactory.parseString(rows).atPath("relance.letters.added-rates").withFallback(ConfigFactory.load());
  }

  /** 1 000,00 € due 01/12/2026, as of 30/01/2027, for a French business's company debtor. */
  private static Claim claimInto2027(Config config) {
    return Letters.fromConfig(config).claim(file(frenchBusiness(null), company(Language.FR),
        List.of(LetterFixtures.eur("F-1", "1000.00", d("2026-12-01"))), List.of(), List.of()), d("2027-01-30"));
  }

  @Test
  void aHalfYearAddedByConfigurationIsUsedInTheClaimAndNothingIsCarriedForward() {
    Claim claim = claimInto2027(added(ROWS_2027_H1));
    // 30 d at 12.40 % (2026-H2) + 30 d at 13.00 % (2027-H1 added): 1000 x (12.40 + 13.00) % x 30 / 365 = 20.88
    assertFalse(claim.provisional(), claim.provisionalRates()::toString);
    InterestPeriod january = claim.invoices().get(0).periods().get(1);
    assertEquals(new HalfYear(2027, 1), january.halfYear());
    assertEquals(0, new BigDecimal("3.00").compareTo(january.referenceRate()));
    assertEquals(Money.of("20.88", "EUR"), claim.invoices().get(0).penalties());
    assertTrue(claimInto2027(ConfigFactory.load()).provisional(), "without the added rows the rate is carried forward");
  }

  @Test
  void theEnvironmentAddsAHalfYearAsHocon() {
    Config config = RelanceConfig.load(null, Map.of("RELANCE_LETTERS_ADDED_RATES", ROWS_2027_H1), ConfigFactory.empty());
    assertEquals(Money.of("20.88", "EUR"), claimInto2027(config).invoices().get(0).penalties());
    var error = assertThrows(IllegalArgumentException.class, () -> RelanceConfig.load(null,
        Map.of("RELANCE_LETTERS_ADDED_RATES", "ecb-main-refinancing { \"2027-H1\" { percent = "), ConfigFactory.empty()));
    assertTrue(error.getMessage().contains("RELANCE_LETTERS_ADDED_RATES"), error.getMessage());
  }

  @Test
  void aRowRepeatingAShippedRowWithTheSameRateIsAccepted() {
    assertEquals(Money.of("20.38", "EUR"), claimInto2027(added("""
        ecb-main-refinancing { "2026-H2" { percent = 2.40, published = "2026-06-11", source = "the same, added" } }
        """)).invoices().get(0).penalties());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ecb-main-refinancing { \"2027-H1\" = 2.15 }"
          + "| relance.letters.added-rates.ecb-main-refinancing.2027-H1: must be a row such as",
      "ecb-main-refinancing { \"2027-H1\" { percent = 2.15, source = \"x\" } }| gives no publication date",
      "ecb-main-refinancing { \"2027-H1\" { percent = 2.15, published = \"18/12/2026\", source = \"x\" } }"
          + "| published must be a date such as 2025-06-05, not '18/12/2026'",
      "ecb-main-refinancing { \"2027-H1\" { percent = 2.15, published = \"2027-07-01\", source = \"x\" } }"
          + "| after the half-year it is for ended",
      "ecb-main-refinancing { \"2027-H1\" { percent = 215, published = \"2026-12-18\", source = \"x\" } }"
          + "| percent 215 is not a rate between 0 and 25",
      "ecb-main-refinancing { \"2027-H1\" { percent = two, published = \"2026-12-18\", source = \"x\" } }"
          + "| percent must be a percentage such as 4.50",
      "ecb-main-refinancing { \"2027-H1\" { percent = \"…\", published = \"…\", source = \"…\" } }"
          + "| percent must be a percentage such as 4.50",
      "ecb-main-refinancing { \"2027-H1\" { percent = 2.15, published = \"2026-12-18\" } }| names no source",
      "ecb-main-refinancing { \"2027-H1\" { persent = 2.15, published = \"2026-12-18\", source = \"x\" } }"
          + "| unknown field [persent]",
      "ecb-main-refinancing { \"2027-H3\" { percent = 2.15, published = \"2026-12-18\", source = \"x\" } }"
          + "| A rate period is written like 2025-H1 or 2025-H2",
      "ecb-main-refinancing { \"2027-H2\" { percent = 2.15, published = \"2027-06-11\", source = \"x\" } }"
          + "| has no row for 2027-H1, between 2026-H2 and 2027-H2",
      "ecb-main-refinancing { \"2026-H2\" { percent = 3.00, published = \"2026-06-11\", source = \"x\" } }"
          + "| relance.letters.added-rates.ecb-main-refinancing.2026-H2 (3 %) overlaps the row shipped with Relance",
      "ecb { \"2027-H1\" { percent = 2.15, published = \"2026-12-18\", source = \"x\" } }"
          + "| relance.letters.added-rates.ecb is not a rate table"})
  void aMalformedGappedOrOverlappingRowIsRefusedAtStartWithTheKeyToFix(String rows, String expected) {
    var error = assertThrows(IllegalArgumentException.class, () -> Letters.fromConfig(added(rows)));
    assertTrue(error.getMessage().contains(expected.trim()), error.getMessage());
  }
}
