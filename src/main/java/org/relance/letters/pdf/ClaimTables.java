package org.relance.letters.pdf;

import org.relance.debtorcase.DebtorType;
import org.relance.letters.LetterTexts;
import org.relance.letters.claim.Claim;
import org.relance.letters.claim.InterestPeriod;
import org.relance.letters.claim.InvoiceClaim;
import org.relance.letters.claim.ProvisionalRate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables a letter and the dossier share, drawn from a {@link Claim}: the invoices (amount,
 * paid, outstanding), the claim per invoice (days, rates, penalties, indemnity), the totals, the
 * rates applied with their basis, and for the dossier every interest period. Labels come from
 * the templates; a consumer's tables show no indemnity.
 */
final class ClaimTables {

  private final LetterTexts texts;
  private final LetterFormat format;
  private final List<String> variants;

  ClaimTables(LetterTexts texts, LetterFormat format, List<String> variants) {
    this.texts = texts;
    this.format = format;
    this.variants = variants;
  }

  private String label(String key) {
    return texts.get(key, variants);
  }

  private static PdfLayout.Column col(String header, float weight, boolean right) {
    return new PdfLayout.Column(header, weight, right);
  }

  void invoices(PdfLayout layout, Claim claim) {
    List<PdfLayout.Column> columns = List.of(col(label("table.number"), 1.3f, false),
        col(label("table.issue_date"), 1.1f, false), col(label("table.due_date"), 1.1f, false),
        col(label("table.amount"), 1.3f, true), col(label("table.paid"), 1.3f, true),
        col(label("table.outstanding"), 1.3f, true));
    List<List<String>> rows = new ArrayList<>();
    for (InvoiceClaim c : claim.invoices()) {
      rows.add(List.of(c.invoice().number(), format.shortDate(c.invoice().issueDate()),
          format.shortDate(c.invoice().dueDate()), format.money(c.invoice().amount()), format.money(c.paid()),
          format.money(c.outstanding())));
    }
    rows.add(List.of(label("table.total"), "", "", format.money(claim.invoiced()), format.money(claim.paid()),
        format.money(claim.principal())));
    layout.table(columns, rows, 1);
  }

  /**
   * The payments received, each against the invoice it settled (allocated to the oldest due first), by
   * date; what is left unallocated on a line of its own; "none" when nothing was paid.
   */
  void payments(PdfLayout layout, org.relance.letters.LetterCase file, java.time.LocalDate asOf) {
    org.relance.letters.claim.PaymentAllocation allocation = org.relance.letters.claim.PaymentAllocation.allocate(
        file.invoices(), file.payments(), asOf);
    List<List<String>> rows = new ArrayList<>();
    allocation.byInvoice().forEach((invoice, parts) -> {
      for (org.relance.letters.Payment p : parts) {
        rows.add(List.of(format.shortDate(p.receivedOn()), invoice, format.money(p.amount())));
      }
    });
    if (allocation.unallocated().isPositive()) {
      rows.add(List.of("", "—", format.money(allocation.unallocated())));
    }
    if (rows.isEmpty()) {
      layout.paragraph(label("none"), PdfLayout.Style.BODY);
      return;
    }
    rows.sort(java.util.Comparator.comparing(r -> r.get(0)));
    layout.table(List.of(col(label("payments.date"), 1, false), col(label("payments.invoice"), 1, false),
        col(label("payments.amount"), 1, true)), rows, 0);
  }

  void claim(PdfLayout layout, Claim claim) {
    boolean indemnity = claim.debtorType() == DebtorType.BUSINESS;
    List<PdfLayout.Column> columns = new ArrayList<>(List.of(col(label("table.number"), 1.25f, false),
        col(label("table.due_date"), 1.25f, false), col(label("table.outstanding"), 1.3f, true),
        col(label("table.days"), 0.6f, true), col(label("table.rate"), 1.15f, true),
        col(label("table.penalties"), 1.15f, true)));
    if (indemnity) {
      columns.add(col(label("table.indemnity"), 1.1f, true));
    }
    columns.add(col(label("table.claim_total"), 1.3f, true));
    List<List<String>> rows = new ArrayList<>();
    for (InvoiceClaim c : claim.invoices()) {
      List<String> row = new ArrayList<>(List.of(c.invoice().number(), format.shortDate(c.invoice().dueDate()),
          format.money(c.outstanding()), String.valueOf(c.days()), rates(c), format.money(c.penalties())));
      if (indemnity) {
        row.add(format.money(c.indemnity()));
      }
      row.add(format.money(c.total()));
      rows.add(row);
    }
    List<String> total = new ArrayList<>(List.of(label("table.total"), "", format.money(claim.principal()), "", "",
        format.money(claim.penalties())));
    if (indemnity) {
      total.add(format.money(claim.indemnity()));
    }
    total.add(format.money(claim.total()));
    rows.add(total);
    layout.table(columns, rows, 1);
  }

  private String rates(InvoiceClaim c) {
    Set<String> distinct = new LinkedHashSet<>();
    c.periods().forEach(p -> distinct.add(format.percent(p.annualRate())));
    return String.join(" / ", distinct);
  }

  /** Principal, penalties, indemnity and total, each on its line with its legal basis. */
  void summary(PdfLayout layout, Claim claim) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(label("summary.principal"), format.money(claim.principal())));
    rows.add(List.of(label("summary.penalties"), format.money(claim.penalties())));
    if (claim.debtorType() == DebtorType.BUSINESS) {
      rows.add(List.of(label("summary.indemnity"), format.money(claim.indemnity())));
    }
    rows.add(List.of(label("summary.total"), format.money(claim.total())));
    layout.table(List.of(col(label("summary.heading"), 4.6f, false), col(label("table.amount"), 1.4f, true)), rows, 1);
  }

  /** One line per half-year and rate applied, naming its basis; then the provisional note if any. */
  void rateLines(PdfLayout layout, Claim claim) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (InvoiceClaim c : claim.invoices()) {
      for (InterestPeriod p : c.periods()) {
        lines.computeIfAbsent(p.halfYear() + "|" + p.annualRate() + "|" + p.basis(), k -> rateLine(p));
      }
    }
    if (!lines.isEmpty()) {
      layout.paragraph(label("rates.intro"), PdfLayout.Style.SMALL);
      lines.values().forEach(line -> layout.paragraph("– " + line, PdfLayout.Style.SMALL));
    }
    if (claim.provisional()) {
      layout.gap(3);
      layout.paragraph(LetterTexts.fill(label("provisional"), Map.of("periods", claim.provisionalRates().stream()
          .map(ProvisionalRate::period).distinct().map(this::period).collect(Collectors.joining(", ")),
          "carried", claim.provisionalRates().stream().map(this::carried).distinct().collect(Collectors.joining("; ")))),
          PdfLayout.Style.SMALL);
    }
  }

  /** The row a provisional rate was carried from: its table, half-year, publication date and source. */
  private String carried(ProvisionalRate rate) {
    Map<String, String> values = Map.of("table", label("rate_table." + rate.table()), "period",
        period(rate.carriedFrom()), "published", format.shortDate(rate.published()), "source", rate.source());
    return LetterTexts.fill(label(rate.published() == null ? "provisional.carried_undated" : "provisional.carried"), values);
  }

  private String rateLine(InterestPeriod p) {
    return LetterTexts.fill(label("rate." + p.basis().wire()), Map.of("period", period(p.halfYear()),
        "rate", format.percent(p.annualRate()), "reference", format.percent(p.referenceRate())));
  }

  private String period(org.relance.letters.claim.HalfYear half) {
    return LetterTexts.fill(label("period." + half.half()), Map.of("year", String.valueOf(half.year())));
  }

  /** Every interest period of every invoice (the dossier's detail). */
  void periods(PdfLayout layout, Claim claim) {
    List<List<String>> rows = new ArrayList<>();
    for (InvoiceClaim c : claim.invoices()) {
      for (InterestPeriod p : c.periods()) {
        rows.add(List.of(c.invoice().number(), format.shortDate(p.from()), format.shortDate(p.to()),
            String.valueOf(p.days()), format.money(p.principal()), format.percent(p.annualRate()),
            format.money(p.interest())));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    layout.table(List.of(col(label("table.number"), 1.2f, false), col(label("table.from"), 1.1f, false),
        col(label("table.to"), 1.1f, false), col(label("table.days"), 0.8f, true),
        col(label("table.outstanding"), 1.4f, true), col(label("table.rate"), 1f, true),
        col(label("table.penalties"), 1.3f, true)), rows, 0);
  }

  /** The sums a template may quote, formatted. */
  Map<String, String> amounts(Claim claim) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("outstanding", format.money(claim.principal()));
    values.put("penalties", format.money(claim.penalties()));
    values.put("indemnity", format.money(claim.indemnity()));
    values.put("paid", format.money(claim.paid()));
    values.put("claim_total", format.money(claim.total()));
    values.put("invoiced", format.money(claim.invoiced()));
    return values;
  }
}
