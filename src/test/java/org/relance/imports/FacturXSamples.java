package org.relance.imports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** E-invoices made for the tests: a Factur-X PDF written with the Mustang project, and a plain PDF. */
final class FacturXSamples {

  private FacturXSamples() {}

  /** A page with nothing on it: a PDF without invoice data. */
  static byte[] plainPdf() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
      document.addPage(page);
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A Factur-X invoice {@code number} to Garage Leroy (SIREN 732829320): 100 € + 20 % VAT, issued and due as given. */
  static byte[] facturX(String number, LocalDate issued, LocalDate due) throws IOException {
    Invoice invoice = new Invoice().setNumber(number).setIssueDate(date(issued)).setDueDate(date(due))
        .setDeliveryDate(date(issued)).setCurrency("EUR")
        .setSender(new TradeParty("Atelier Dupont", "12 rue de la Paix", "75002", "Paris", "FR")
            .addVATID("FR40552100554"))
        .setRecipient(new TradeParty("Garage Leroy", "3 rue des Lilas", "69003", "Lyon", "FR")
            .setEmail("compta@garage-leroy.fr").setLegalOrganisation(new LegalOrganisation("732829320", "0002")))
        .addItem(new Item(new Product("Réparation", "", "C62", new BigDecimal("20")), new BigDecimal("100.00"),
            BigDecimal.ONE));
    try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3().ignorePDFAErrors().load(plainPdf());
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      exporter.setProducer("Relance tests").setCreator("Relance tests");
      exporter.setTransaction(invoice);
      exporter.export(out);
      return out.toByteArray();
    }
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
