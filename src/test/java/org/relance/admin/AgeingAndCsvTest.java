package org.relance.admin;

import org.junit.jupiter.api.Test;
import org.relance.ladder.Stage;
import org.relance.readside.CaseSummaries.CaseSummary;
import org.relance.readside.CaseSummaries.OpenInvoice;
import org.relance.stats.Ageing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The ageing arithmetic against hand-counted figures, and the CSV's quoting and formula guard. */
class AgeingAndCsvTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static OpenInvoice invoice(String amount, String due, String currency) {
    return new OpenInvoice("b1", PARIS, currency, new BigDecimal(amount), LocalDate.parse(due));
  }

  @Test
  void bucketsByDaysPastDueAndAverageWeightedByAmount() {
    // today 2026-11-23 in Paris; days past due in the comments
    var ageing = Ageing.of(List.of(
        invoice("100", "2026-11-30", "EUR"),  // -7: not yet due
        invoice("200", "2026-11-23", "EUR"),  //  0: due today, not yet past due
        invoice("300", "2026-11-22", "EUR"),  //  1
        invoice("400", "2026-10-24", "EUR"),  // 30
        invoice("500", "2026-10-23", "EUR"),  // 31
        invoice("600", "2026-08-25", "EUR"),  // 90
        invoice("700", "2026-08-24", "EUR"),  // 91
        invoice("50", "2026-11-01", "GBP")), Instant.parse("2026-11-23T08:00:00Z"));
    assertEquals(2, ageing.size(), "one line per currency");
    var eur = ageing.stream().filter(a -> a.currency().equals("EUR")).findFirst().orElseThrow();
    assertEquals(List.of("300", "700", "500", "600", "700"), eur.buckets().stream().map(BigDecimal::toPlainString).toList());
    assertEquals(new BigDecimal("2800"), eur.total());
    // (300×1 + 400×30 + 500×31 + 600×90 + 700×91) / 2500 = 145500 / 2500
    assertEquals(new BigDecimal("58.2"), eur.weightedAverageDaysPastDue());
  }

  @Test
  void daysAreCountedInTheBusinessTimeZone() {
    // 23:30Z on the 22nd is already the 23rd in Paris: an invoice due on the 22nd is 1 day late
    var ageing = Ageing.of(List.of(invoice("10", "2026-11-22", "EUR")), Instant.parse("2026-11-22T23:30:00Z"));
    assertEquals(new BigDecimal("10"), ageing.get(0).buckets().get(1));
    assertEquals(new BigDecimal("1.0"), ageing.get(0).weightedAverageDaysPastDue());
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
    for (String formula : List.of("=1+1", "+33612345678", "-2", "@SUM(A1)", "\tx")) {
      assertEquals("\"'" + formula.replace("\"", "\"\"") + "\"", CasesCsv.cell(formula), formula);
    }
    assertEquals("\"Dupont \"\"père\"\", fils\"", CasesCsv.cell("Dupont \"père\", fils"));
    assertEquals("\"\"", CasesCsv.cell(null));
    CaseSummary row = new CaseSummary("c1", "b1", "=cmd|' /C calc'!A0", "business", Stage.FRIENDLY, "open", List.of(),
        "EUR", new BigDecimal("12.50"), LocalDate.parse("2026-11-01"), 22, null, "cooperative", 1, null,
        Instant.EPOCH, Instant.EPOCH);
    String csv = CasesCsv.of(List.of(row));
    assertTrue(csv.contains("\"'=cmd|' /C calc'!A0\""), csv);
    assertTrue(csv.contains("\"12.50\""));
    assertEquals(2, csv.split("\r\n").length);
  }
}
