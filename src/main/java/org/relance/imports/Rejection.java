package org.relance.imports;

/**
 * A line of an import that was not taken: its line as a spreadsheet numbers it, the column at fault,
 * and why: in plain English for the API ({@code error}), and as a {@code code} with the {@code detail}
 * it names (the cell as written, a limit; null when none) that the owner's chat words in the owner's
 * language ({@code owner.import.error.<code>}). Rejections stored before codes existed have none.
 */
public record Rejection(int line, String field, String error, String code, String detail)
    implements org.relance.serialization.JsonSerializable {

  /** What an owner's chat can say of why: each code has a text in every language. */
  public enum Code {
    EMPTY, TWICE, TOO_LONG, NOT_AMOUNT, AMOUNT_RANGE, NOT_DATE, DATE_RANGE, DUE_BEFORE_ISSUE, REMAINING_OVER_AMOUNT,
    NOT_EMAIL, NOT_SIREN, UNKNOWN_CURRENCY, WENT_UP, TOO_MANY_INVOICES, CASE_REFUSED, NOT_IMPORTED;

    public String wire() {
      return org.relance.common.WireNames.of(this);
    }
  }

  public Rejection(int line, LedgerColumn field, String error, Code code, String detail) {
    this(line, field.wire(), error, code.wire(), detail);
  }
}
