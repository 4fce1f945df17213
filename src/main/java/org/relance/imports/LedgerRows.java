package org.relance.imports;

import org.relance.common.Money;
import org.relance.common.PostalAddress;
import org.relance.limits.InputLimits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Gives the ledger's text its meaning through a {@link ColumnMapping}: each row becomes a
 * {@link LedgerRow} or a {@link Rejection}, every field checked by the same {@link InputLimits} as the
 * API (names, references, amounts, dates, the parts of a postal address). Reads decimal comma or point
 * ({@code 1 200,50 €}, {@code 1,200.50}) and French, ISO or dotted dates.
 */
public final class LedgerRows {

  /** The rows taken and the rows refused. */
  public record Checked(List<LedgerRow> rows, List<Rejection> rejected) {}

  private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("uuuu-MM-dd", "dd/MM/uuuu",
      "d/M/uuuu", "dd-MM-uuuu", "dd.MM.uuuu", "dd/MM/uu")
      .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

  private LedgerRows() {}

  /** Checks every row; {@code currency} is the business's when the ledger has no currency column. */
  public static Checked check(LedgerTable table, ColumnMapping mapping, Currency currency, Clock clock) {
    List<LedgerRow> rows = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    for (LedgerTable.Row row : table.rows()) {
      try {
        LedgerRow checked = row(table, mapping, row, currency, clock);
        if (!numbers.add(checked.number())) {
          throw new Refused(LedgerColumn.NUMBER, "appears twice in the file", Rejection.Code.TWICE, null);
        }
        rows.add(checked);
      } catch (Refused e) {
        rejected.add(new Rejection(row.line(), e.column, e.getMessage(), e.code, e.detail));
      }
    }
    return new Checked(rows, rejected);
  }

  private static LedgerRow row(LedgerTable table, ColumnMapping mapping, LedgerTable.Row row, Currency fallback,
                               Clock clock) throws Refused {
    String client = required(cell(table, mapping, row, LedgerColumn.CLIENT), LedgerColumn.CLIENT);
    within(InputLimits.text(client, InputLimits.NAME), LedgerColumn.CLIENT, Rejection.Code.TOO_LONG, InputLimits.NAME);
    String number = required(cell(table, mapping, row, LedgerColumn.NUMBER), LedgerColumn.NUMBER);
    within(InputLimits.text(number, InputLimits.REFERENCE), LedgerColumn.NUMBER, Rejection.Code.TOO_LONG,
        InputLimits.REFERENCE);
    LocalDate issued = date(required(cell(table, mapping, row, LedgerColumn.ISSUE_DATE), LedgerColumn.ISSUE_DATE),
        LedgerColumn.ISSUE_DATE, clock);
    LocalDate due = date(required(cell(table, mapping, row, LedgerColumn.DUE_DATE), LedgerColumn.DUE_DATE),
        LedgerColumn.DUE_DATE, clock);
    if (due.isBefore(issued)) {
      throw new Refused(LedgerColumn.DUE_DATE, "must not be before the issue date", Rejection.Code.DUE_BEFORE_ISSUE, null);
    }
    Currency currency = currency(cell(table, mapping, row, LedgerColumn.CURRENCY), fallback);
    BigDecimal amount = amount(required(cell(table, mapping, row, LedgerColumn.AMOUNT), LedgerColumn.AMOUNT),
        LedgerColumn.AMOUNT, false);
    String remainingText = cell(table, mapping, row, LedgerColumn.REMAINING);
    BigDecimal remaining = remainingText == null ? amount : amount(remainingText, LedgerColumn.REMAINING, true);
    if (remaining.compareTo(amount) > 0) {
      throw new Refused(LedgerColumn.REMAINING, "must not be more than the amount",
          Rejection.Code.REMAINING_OVER_AMOUNT, null);
    }
    String email = cell(table, mapping, row, LedgerColumn.EMAIL);
    within(InputLimits.text(email, InputLimits.LINE), LedgerColumn.EMAIL, Rejection.Code.TOO_LONG, InputLimits.LINE);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new Refused(LedgerColumn.EMAIL, "is not an e-mail address", Rejection.Code.NOT_EMAIL, email);
    }
    return new LedgerRow(row.line(), client, number, issued, due, new Money(amount, currency), remaining, email,
        siren(cell(table, mapping, row, LedgerColumn.SIREN)), address(table, mapping, row));
  }

  /** The debtor's postal address from its four columns, bounded like the API's; null when every part is empty. */
  private static PostalAddress address(LedgerTable table, ColumnMapping mapping, LedgerTable.Row row) throws Refused {
    PostalAddress address = new PostalAddress(cell(table, mapping, row, LedgerColumn.STREET),
        cell(table, mapping, row, LedgerColumn.POSTCODE), cell(table, mapping, row, LedgerColumn.CITY),
        cell(table, mapping, row, LedgerColumn.COUNTRY));
    if (address.lines().isEmpty()) {
      return null;
    }
    Optional<InputLimits.AddressProblem> problem = InputLimits.address(address);
    if (problem.isPresent()) {
      throw new Refused(LedgerColumn.named(problem.get().part()).orElseThrow(), problem.get().reason(),
          Rejection.Code.TOO_LONG, String.valueOf(InputLimits.LINE));
    }
    return address;
  }

  /** A SIREN from a SIREN or SIRET column: its nine first digits; null when the cell is empty. */
  private static String siren(String text) throws Refused {
    if (text == null) {
      return null;
    }
    String digits = text.replaceAll("[\\s.\\u00A0\\u202F]", "");
    if (!digits.matches("\\d{9}|\\d{14}")) {
      throw new Refused(LedgerColumn.SIREN, "must be 9 digits (a SIREN) or 14 (a SIRET)", Rejection.Code.NOT_SIREN,
          text);
    }
    return digits.substring(0, 9);
  }

  private static Currency currency(String code, Currency fallback) throws Refused {
    if (code == null) {
      return fallback;
    }
    try {
      return Currency.getInstance(code.replace("€", "EUR").strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Refused(LedgerColumn.CURRENCY, "unknown currency '" + code + "'", Rejection.Code.UNKNOWN_CURRENCY, code);
    }
  }

  /** An amount with a decimal comma or point and any grouping; zero allowed only for what remains due. */
  static BigDecimal amount(String text, LedgerColumn column, boolean zeroAllowed) throws Refused {
    within(InputLimits.amountText(text), column, Rejection.Code.NOT_AMOUNT, text);
    String plain = text.replaceAll("[\\s\\u00A0\\u202F'€$£]|EUR", "");
    int comma = plain.lastIndexOf(',');
    int point = plain.lastIndexOf('.');
    if (comma >= 0 && point >= 0) {
      plain = comma > point ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
    } else if (comma >= 0) {
      plain = plain.indexOf(',') == comma && plain.length() - comma - 1 != 3 ? plain.replace(',', '.')
          : plain.replace(",", "");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(plain);
    } catch (NumberFormatException e) {
      throw new Refused(column, "is not an amount ('" + text + "')", Rejection.Code.NOT_AMOUNT, text);
    }
    if (zeroAllowed && value.signum() == 0) {
      return value.setScale(2);
    }
    within(InputLimits.amount(value), column, Rejection.Code.AMOUNT_RANGE, text);
    return value;
  }

  private static LocalDate date(String text, LedgerColumn column, Clock clock) throws Refused {
    for (DateTimeFormatter format : DATES) {
      try {
        LocalDate date = LocalDate.parse(text, format);
        within(InputLimits.date(date, clock), column, Rejection.Code.DATE_RANGE, text);
        return date;
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    throw new Refused(column, "is not a date like 31/12/2026 or 2026-12-31 ('" + text + "')", Rejection.Code.NOT_DATE,
        text);
  }

  private static String cell(LedgerTable table, ColumnMapping mapping, LedgerTable.Row row, LedgerColumn column) {
    String header = mapping.headers().get(column);
    String value = header == null ? null : row.cell(table.index(header));
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String required(String value, LedgerColumn column) throws Refused {
    if (value == null) {
      throw new Refused(column, "is empty", Rejection.Code.EMPTY, null);
    }
    return value;
  }

  private static void within(Optional<String> problem, LedgerColumn column, Rejection.Code code, Object detail)
      throws Refused {
    if (problem.isPresent()) {
      throw new Refused(column, problem.get(), code, String.valueOf(detail));
    }
  }

  /** A field refused, with its column, and why as a code with the detail it names (null: none). */
  static final class Refused extends Exception {
    private final transient LedgerColumn column;
    private final transient Rejection.Code code;
    private final String detail;

    Refused(LedgerColumn column, String message, Rejection.Code code, String detail) {
      super(message);
      this.column = column;
      this.code = code;
      this.detail = detail;
    }
  }
}
