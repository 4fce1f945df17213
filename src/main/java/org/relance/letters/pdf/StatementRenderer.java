package org.relance.letters.pdf;

import org.relance.business.BusinessProfile;
import org.relance.common.Language;
import org.relance.letters.LetterCase;
import org.relance.letters.LetterTexts;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.ClaimCalculator;

import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

/**
 * The monthly statement of a debtor's account ({@code conversations/letters/<lang>/statement.properties}):
 * every invoice of the case with what it was, what was paid and what remains, the payments received, and
 * the balance, in the reader's language, courteous (a statement, not a reminder: no penalties, no
 * deadline). The same tables as the letters ({@link ClaimTables}). Pure apart from building the bytes.
 */
public final class StatementRenderer {

  private final ClaimCalculator calculator;

  public StatementRenderer(ClaimCalculator calculator) {
    this.calculator = calculator;
  }

  public byte[] render(LetterCase file, LocalDate asOf, Language language) {
    BusinessProfile business = file.business();
    LetterTexts texts = LetterTexts.load(language, "statement");
    LetterFormat format = new LetterFormat(language);
    List<String> variants = LetterTexts.variants(file);
    Claim claim = calculator.compute(file, asOf);
    ClaimTables tables = new ClaimTables(texts, format, variants);
    Map<String, String> values = Map.of("debtor", file.debtor().name(), "business", business.name(),
        "as_of", format.date(asOf), "legal_id", business.legalId() == null ? "" : business.legalId(),
        "business_address", business.address() == null ? "" : String.join(", ", business.address().lines()),
        "invoiced", format.money(claim.invoiced()), "paid", format.money(claim.paid()),
        "remaining", format.money(claim.principal()));
    String title = LetterTexts.fill(texts.get("title"), values);
    try (PdfLayout layout = new PdfLayout(title, business.name(),
        GregorianCalendar.from(asOf.atStartOfDay(business.timezone())), LetterTexts.fill(texts.get("footer"), values))) {
      layout.paragraph(title, PdfLayout.Style.TITLE);
      layout.paragraph(LetterTexts.fill(texts.get("subtitle"), values), PdfLayout.Style.SMALL);
      layout.gap(6);
      layout.paragraph(LetterTexts.fill(texts.get("intro", variants), values), PdfLayout.Style.BODY);
      layout.heading(texts.get("section.invoices"));
      tables.invoices(layout, claim);
      layout.heading(texts.get("section.payments"));
      tables.payments(layout, file, asOf);
      layout.heading(texts.get("section.balance"));
      layout.paragraph(LetterTexts.fill(texts.get("balance"), values), PdfLayout.Style.BODY_BOLD);
      layout.gap(6);
      layout.paragraph(LetterTexts.fill(texts.get(claim.principal().isPositive() ? "closing.owed" : "closing.settled"),
          values), PdfLayout.Style.BODY);
      return layout.finish(texts.get("page"));
    }
  }
}
