package org.relance.imports;

import org.relance.common.Money;
import org.relance.common.PostalAddress;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One invoice of an imported ledger, checked: who owes it, its number, dates, amount and what
 * remains due (the whole amount when the ledger has no such column), and the debtor's e-mail, SIREN and
 * postal address (null when the ledger gives none).
 */
public record LedgerRow(int line, String client, String number, LocalDate issueDate, LocalDate dueDate, Money amount,
                        BigDecimal remaining, String email, String siren,
                        PostalAddress address) {

  /** The debtor's key within a business: the SIREN when given, else the name without case, accents or spaces. */
  public String debtorKey() {
    return siren != null ? "siren:" + siren : nameKey(client);
  }

  /** A debtor's key by name alone: without case, accents or punctuation. */
  public static String nameKey(String name) {
    return "name:" + Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** Whether nothing remains due. */
  public boolean settled() {
    return remaining.signum() == 0;
  }
}
