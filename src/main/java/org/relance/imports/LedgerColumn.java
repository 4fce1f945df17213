package org.relance.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an invoice ledger has for Relance, each with the header names the common exports of
 * French small-business software give it (French and English), compared without case, accents or
 * punctuation; the debtor's postal address comes in four optional columns. Owns the generic mapping by
 * header names.
 */
public enum LedgerColumn {
  CLIENT(true, "client", "nom client", "raison sociale", "debiteur", "tiers", "customer", "customer name", "debtor",
      "company", "client name", "name", "nom"),
  NUMBER(true, "n facture", "no facture", "numero facture", "numero de facture", "num facture", "facture", "n piece",
      "piece", "invoice", "invoice number", "invoice no", "number", "reference", "ref"),
  ISSUE_DATE(true, "date", "date facture", "date de facture", "date emission", "date d emission", "invoice date",
      "issue date", "issued", "date piece"),
  DUE_DATE(true, "echeance", "date echeance", "date d echeance", "due date", "due", "payment due", "date limite"),
  AMOUNT(true, "montant ttc", "total ttc", "ttc", "montant", "amount", "total", "amount incl tax", "total amount",
      "gross amount", "invoice amount"),
  REMAINING(false, "reste du", "reste a payer", "restant du", "solde", "du", "remaining", "balance", "amount due",
      "outstanding", "open amount", "remaining amount"),
  EMAIL(false, "email", "e mail", "mail", "courriel", "adresse email", "contact email"),
  SIREN(false, "siren", "siret", "n siren", "company number", "registration number"),
  CURRENCY(false, "devise", "monnaie", "currency"),
  STREET(false, "adresse", "adresse postale", "adresse client", "rue", "voie", "address", "street", "postal address",
      "billing address", "address line 1", "adresse 1"),
  POSTCODE(false, "code postal", "cp", "postcode", "post code", "postal code", "zip", "zip code"),
  CITY(false, "ville", "commune", "localite", "city", "town"),
  COUNTRY(false, "pays", "code pays", "country", "country code");

  private final boolean required;
  private final List<String> names;

  LedgerColumn(boolean required, String... names) {
    this.required = required;
    this.names = List.of(names);
  }

  /** Whether a ledger without this column cannot be imported. */
  public boolean required() {
    return required;
  }

  /** The name the owner uses to change the mapping ({@code Client=Raison sociale}) and the rejections' field. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a header names this column (its exact spelling after {@link #normalized}). */
  boolean names(String header) {
    return names.contains(normalized(header));
  }

  /** The column a mapping edit names: its wire name or any of its header names. */
  static Optional<LedgerColumn> named(String text) {
    String wanted = normalized(text);
    for (LedgerColumn column : values()) {
      if (column.wire().replace('_', ' ').equals(wanted) || column.names.contains(wanted)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** Lower case, without accents, with every run of punctuation or space as one space ({@code N° facture} → {@code n facture}). */
  static String normalized(String header) {
    String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('°', ' ').replace('º', ' ').toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]+", " ").strip();
  }
}
