package org.relance.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * What the three faces share: a file turned into what can be imported (a ledger, CSV or XLSX, with
 * the mapping found from its headers and the owner's changes; or an e-invoice), or a refusal with its
 * reason; then the import started. Called on the blocking executor.
 */
public final class FileImports {

  /**
   * A file ready to import, or why not ({@code refusal}, in plain English; {@code key} under
   * {@code owner.import.unreadable.*} for the faces that translate it).
   */
  public record Prepared(LedgerTable table, ColumnMapping mapping, boolean eInvoice, String refusal, String key,
                         String field, byte[] invoicePdf) {

    static Prepared refused(String key, String refusal, String field) {
      return new Prepared(null, null, false, refusal, key, field, null);
    }

    /** The mapping as {@code {"client": "Raison sociale", ...}}, for the API's answer. */
    public Map<String, String> mappingByWire() {
      Map<String, String> byWire = new LinkedHashMap<>();
      mapping.headers().forEach((column, header) -> byWire.put(column.wire(), header));
      return byWire;
    }
  }

  private final Imports imports;
  private final InvoicePdfs pdfs;

  public FileImports(Imports imports, InvoicePdfs pdfs) {
    this.imports = imports;
    this.pdfs = pdfs;
  }

  /** The file read, with the mapping found and changed by {@code edits} ({@code column=header;...}), complete. */
  public Prepared prepare(byte[] bytes, String edits) {
    return prepare(bytes, edits, true);
  }

  /** Like {@link #prepare(byte[], String)}; a mapping still missing required columns passes when not {@code complete} (a preview). */
  public Prepared prepare(byte[] bytes, String edits, boolean complete) {
    try {
      if (EInvoices.isPdf(bytes) || EInvoices.isXml(bytes)) {
        Optional<LedgerTable> invoice = EInvoices.read(bytes);
        byte[] pdf = EInvoices.isPdf(bytes) ? bytes : null;
        return invoice.map(t -> new Prepared(t, ColumnMapping.guess(t.headers()), true, null, null, null, pdf))
            .orElseGet(() -> Prepared.refused("plain_pdf", "this PDF carries no e-invoice (Factur-X) data", "file"));
      }
      LedgerTable table = LedgerFiles.read(bytes);
      ColumnMapping found = ColumnMapping.guess(table.headers());
      ColumnMapping.Result<ColumnMapping> edited = found.edited(edits, table.headers());
      if (edited.refusal() != null) {
        return Prepared.refused("mapping", edited.refusal(), "mapping");
      }
      if (complete && !edited.value().missing().isEmpty()) {
        return Prepared.refused("missing", "no column gives " + String.join(", ",
            edited.value().missing().stream().map(LedgerColumn::wire).toList()) + " (headers found: "
            + String.join(", ", table.headers()) + "); name it with mapping=column=header", "mapping");
      }
      return new Prepared(table, edited.value(), false, null, null, null, null);
    } catch (LedgerFiles.Unreadable e) {
      return Prepared.refused(e.key(), e.getMessage(), "file");
    }
  }

  /**
   * Starts the import of a prepared file: a ledger stands for all the business's invoices, an e-invoice
   * for one; a Factur-X PDF is kept with the invoice's case once imported (for the debtor page).
   */
  public CompletionStage<ImportStatus> start(String businessId, String source, Prepared prepared,
                                             Consumer<ImportStatus> progress) {
    Consumer<ImportStatus> keepingPdf = prepared.invoicePdf() == null ? progress : status -> {
      if (status.finished()) {
        String number = prepared.table().rows().get(0).cells().get(EInvoices.HEADERS.indexOf("N° facture")).strip();
        pdfs.keepImported(businessId, number, prepared.invoicePdf());
      }
      progress.accept(status);
    };
    return imports.start(businessId, source, prepared.table(), prepared.mapping(), !prepared.eInvoice(), keepingPdf);
  }

  public Imports imports() {
    return imports;
  }
}
