package org.relance.letters.claim;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference rates the claim needs, read from {@code relance.letters.rates} (see
 * {@code letters-rates.conf} for the sources): the ECB main refinancing rate, the French legal
 * interest rate for "autres cas" (creditor acting as a professional) and for "particuliers", and
 * the Bank of England base rate, each by half-year.
 */
public record RateTables(
    RateTable ecbMainRefinancing,
    RateTable frenchLegalProfessional,
    RateTable frenchLegalPrivatePerson,
    RateTable boeBase) {

  public static final String ECB = "ecb-main-refinancing";
  public static final String LEGAL_PROFESSIONAL = "fr-legal-other-cases";
  public static final String LEGAL_PRIVATE = "fr-legal-private-persons";
  public static final String BOE = "boe-base-rate";

  /** Reads the four tables under {@code relance.letters.rates}; a malformed entry names its key. */
  public static RateTables fromConfig(Config config) {
    Config rates = config.getConfig("relance.letters.rates");
    return new RateTables(table(rates, ECB), table(rates, LEGAL_PROFESSIONAL), table(rates, LEGAL_PRIVATE),
        table(rates, BOE));
  }

  private static RateTable table(Config rates, String name) {
    Map<HalfYear, BigDecimal> values = new HashMap<>();
    for (Map.Entry<String, ConfigValue> e : rates.getObject(name).entrySet()) {
      String where = "relance.letters.rates." + name + "." + e.getKey();
      try {
        values.put(HalfYear.parse(e.getKey()), new BigDecimal(String.valueOf(e.getValue().unwrapped()).trim()));
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException(where + " must be a percentage such as 4.50, not "
            + e.getValue().render());
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
      }
    }
    return new RateTable(name, values);
  }
}
