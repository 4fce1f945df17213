package org.relance.letters.claim;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The reference rates the claim needs: the ECB main refinancing rate, the French legal interest
 * rate for "autres cas" (creditor acting as a professional) and for "particuliers", and the Bank
 * of England base rate, each by half-year. The rows shipped with Relance are read from {@code
 * relance.letters.rates} ({@code letters-rates.conf}, with their sources); an operator adds
 * half-years under {@code relance.letters.added-rates}, each row with its source and publication
 * date. Checked at start: a malformed row, a gap, or an added row for a half-year the shipped
 * table has with another rate is refused, naming the key to fix.
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
  private static final List<String> NAMES = List.of(ECB, LEGAL_PROFESSIONAL, LEGAL_PRIVATE, BOE);

  private static final String SHIPPED = "relance.letters.rates";
  private static final String ADDED = "relance.letters.added-rates";
  private static final Set<String> FIELDS = Set.of("percent", "published", "source");
  /** Above this a rate is taken for a typo (e.g. 215 for 2.15): no reference rate has come near it. */
  private static final BigDecimal HIGHEST = new BigDecimal("25");
  private static final String ROW_SHAPE = "a row such as { percent = 2.15, published = \"2025-06-05\", "
      + "source = \"ECB press release of 5 June 2025\" }";

  /** The tables whose last row is before {@code current}: a claim reaching it carries their rate forward. */
  public List<RateTable> endingBefore(HalfYear current) {
    return Stream.of(ecbMainRefinancing, frenchLegalProfessional, frenchLegalPrivatePerson, boeBase)
        .filter(table -> table.lastPublished().compareTo(current) < 0).toList();
  }

  /** Reads the four tables, shipped and added; a malformed or overlapping row names its key. */
  public static RateTables fromConfig(Config config) {
    Config added = config.getConfig(ADDED);
    Set<String> unknown = new TreeSet<>(added.root().keySet());
    NAMES.forEach(unknown::remove);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(ADDED + "." + unknown.iterator().next() + " is not a rate table; the tables are "
          + String.join(", ", NAMES));
    }
    Config shipped = config.getConfig(SHIPPED);
    return new RateTables(table(shipped, added, ECB), table(shipped, added, LEGAL_PROFESSIONAL),
        table(shipped, added, LEGAL_PRIVATE), table(shipped, added, BOE));
  }

  private static RateTable table(Config shipped, Config added, String name) {
    Map<HalfYear, RateTable.Row> rows = rows(shipped, SHIPPED, name, false);
    for (Map.Entry<HalfYear, RateTable.Row> extra : rows(added, ADDED, name, true).entrySet()) {
      RateTable.Row own = rows.get(extra.getKey());
      if (own == null) {
        rows.put(extra.getKey(), extra.getValue());
      } else if (own.percent().compareTo(extra.getValue().percent()) != 0) {
        throw new IllegalArgumentException(ADDED + "." + name + "." + extra.getKey() + " (" + extra.getValue().percent()
            + " %) overlaps the row shipped with Relance for that half-year (" + own.percent() + " %, " + own.source()
            + "): remove it; a shipped row is corrected by a release");
      }
    }
    try {
      return new RateTable(name, rows);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + " (" + SHIPPED + "." + name + " and " + ADDED + "." + name + ")", e);
    }
  }

  private static Map<HalfYear, RateTable.Row> rows(Config tables, String root, String name, boolean publishedRequired) {
    Map<HalfYear, RateTable.Row> rows = new HashMap<>();
    if (!tables.hasPath(name)) {
      return rows;
    }
    for (Map.Entry<String, ConfigValue> e : tables.getObject(name).entrySet()) {
      String where = root + "." + name + "." + e.getKey();
      try {
        HalfYear half = HalfYear.parse(e.getKey());
        rows.put(half, row(e.getValue(), half, publishedRequired));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
      }
    }
    return rows;
  }

  private static RateTable.Row row(ConfigValue value, HalfYear half, boolean publishedRequired) {
    if (value.valueType() != ConfigValueType.OBJECT) {
      throw new IllegalArgumentException("must be " + ROW_SHAPE + ", not " + value.render());
    }
    ConfigObject row = (ConfigObject) value;
    Set<String> unknown = new TreeSet<>(row.keySet());
    unknown.removeAll(FIELDS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown field " + unknown + "; " + ROW_SHAPE);
    }
    BigDecimal percent = percent(row.get("percent"));
    String source = row.get("source") == null ? "" : String.valueOf(row.get("source").unwrapped()).trim();
    if (source.isEmpty()) {
      throw new IllegalArgumentException("names no source (who published the rate); " + ROW_SHAPE);
    }
    LocalDate published = null;
    if (row.get("published") != null) {
      published = date(String.valueOf(row.get("published").unwrapped()));
      if (published.isAfter(half.lastDay())) {
        throw new IllegalArgumentException("published " + published + ", after the half-year it is for ended");
      }
    } else if (publishedRequired) {
      throw new IllegalArgumentException("gives no publication date (published = \"2025-06-05\"); " + ROW_SHAPE);
    }
    return new RateTable.Row(percent, published, source);
  }

  private static BigDecimal percent(ConfigValue value) {
    if (value == null) {
      throw new IllegalArgumentException("gives no percent; " + ROW_SHAPE);
    }
    BigDecimal percent;
    try {
      percent = new BigDecimal(String.valueOf(value.unwrapped()).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("percent must be a percentage such as 4.50, not " + value.render());
    }
    if (percent.signum() < 0 || percent.compareTo(HIGHEST) > 0) {
      throw new IllegalArgumentException("percent " + percent.toPlainString() + " is not a rate between 0 and "
          + HIGHEST + " % per year (write 2.15 for 2.15 %)");
    }
    return percent;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("published must be a date such as 2025-06-05, not '" + text + "'");
    }
  }
}
