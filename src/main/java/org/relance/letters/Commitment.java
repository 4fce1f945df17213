package org.relance.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something the debtor committed to, in their own words: a promise to pay, a payment plan, or an
 * acknowledgment of the debt. {@code ownerConfirmed} says the owner confirmed it (only a confirmed
 * acknowledgment restarts the limitation period); {@code invoiceNumbers} lists the invoices it
 * covers, empty for the whole debt of the case; {@code status} is free text for the dossier
 * ("kept", "broken", "open").
 */
public record Commitment(
    Kind kind,
    LocalDate recordedOn,
    String debtorWords,
    boolean ownerConfirmed,
    List<String> invoiceNumbers,
    String status) {

  /** The kinds of commitment the dossier and the limitation care about. */
  public enum Kind {
    PROMISE, PLAN, ACKNOWLEDGMENT;

    @JsonValue
    public String wire() {
      return WireNames.of(this);
    }

    @JsonCreator
    public static Kind fromWire(String text) {
      return WireNames.parse(Kind.class, text, "commitment.kind");
    }
  }

  public Commitment {
    Objects.requireNonNull(kind, "commitment.kind");
    Objects.requireNonNull(recordedOn, "commitment.recordedOn");
    debtorWords = debtorWords == null ? "" : debtorWords;
    invoiceNumbers = invoiceNumbers == null ? List.of() : List.copyOf(invoiceNumbers);
    status = status == null ? "" : status;
  }

  /** True when this commitment concerns the given invoice. */
  public boolean covers(String invoiceNumber) {
    return invoiceNumbers.isEmpty() || invoiceNumbers.contains(invoiceNumber);
  }
}
