package org.relance.imports;

import org.mustangproject.Invoice;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Reads an e-invoice with the Mustang project: a Factur-X / ZUGFeRD PDF (a PDF/A-3 with its CII XML
 * inside) or a CII or UBL XML. The invoice becomes a one-row {@link LedgerTable} (buyer's name, number,
 * dates, total, what remains due, e-mail, SIREN, currency, postal address) so it goes through the same checks and the
 * same case commands as a ledger; a PDF without invoice XML is told apart so the owner gets a clear answer.
 */
public final class EInvoices {

  /** The headers of the table an e-invoice becomes; {@link ColumnMapping#guess} maps each. */
  static final List<String> HEADERS = List.of("Client", "N° facture", "Date", "Échéance", "Montant TTC", "Reste dû",
      "Email", "SIREN", "Devise", "Adresse", "Code postal", "Ville", "Pays");

  private EInvoices() {}

  /** Whether the bytes are a PDF. */
  public static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
  }

  /** Whether the bytes look like XML. */
  public static boolean isXml(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).stripLeading();
    return start.startsWith("<?xml") || start.startsWith("<rsm:") || start.startsWith("<Invoice")
        || start.startsWith("<ubl:");
  }

  /** The invoice as a one-row table, or empty when the PDF carries no invoice XML. */
  public static Optional<LedgerTable> read(byte[] bytes) throws LedgerFiles.Unreadable {
    try {
      ZUGFeRDInvoiceImporter importer;
      if (isPdf(bytes)) {
        importer = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(bytes));
        if (!importer.canParse()) {
          return Optional.empty();
        }
      } else {
        importer = new ZUGFeRDInvoiceImporter();
        importer.fromXML(new String(bytes, StandardCharsets.UTF_8));
      }
      importer.doIgnoreCalculationErrors();
      Invoice invoice = importer.extractInvoice();
      TradeParty buyer = invoice.getRecipient();
      BigDecimal total = new TransactionCalculator(invoice).getGrandTotal();
      BigDecimal prepaid = invoice.getTotalPrepaidAmount() == null ? BigDecimal.ZERO : invoice.getTotalPrepaidAmount();
      String siren = buyer.getLegalOrganisation() == null || buyer.getLegalOrganisation().getSchemedID() == null ? ""
          : buyer.getLegalOrganisation().getSchemedID().getID();
      List<String> row = List.of(text(buyer.getName()), text(invoice.getNumber()), day(invoice.getIssueDate()),
          day(invoice.getDueDate() != null ? invoice.getDueDate() : invoice.getIssueDate()), total.toPlainString(),
          total.subtract(prepaid).max(BigDecimal.ZERO).toPlainString(), text(buyer.getEmail()), text(siren),
          text(invoice.getCurrency()), street(buyer), text(buyer.getZIP()), text(buyer.getLocation()),
          text(buyer.getCountry()));
      return Optional.of(new LedgerTable(HEADERS, List.of(new LedgerTable.Row(2, row))));
    } catch (Exception | LinkageError e) {
      throw new LedgerFiles.Unreadable("not_an_invoice", "the e-invoice cannot be read (" + e.getMessage() + ")");
    }
  }

  /** The buyer's street, with its additional line when the invoice has one (a line each). */
  private static String street(TradeParty buyer) {
    return (text(buyer.getStreet()) + "\n" + text(buyer.getAdditionalAddress())).strip();
  }

  private static String day(Date date) {
    return date == null ? "" : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC).toString();
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
