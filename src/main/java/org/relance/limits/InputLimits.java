package org.relance.limits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

/**
 * The one place where input is bounded, whatever face it comes through (the JSON API, the owner's
 * chat, the admin page, the debtor's replies, an importer) and again in the case entity. Each check
 * answers the reason a value is refused (plain English, for the API's {@code error}; the chat maps a
 * refusal to its own courteous re-ask), or nothing when the value is fine.
 *
 * <p>The bounds are part of the product, not operator settings: text lengths match the read sides'
 * columns ({@code debtor_name VARCHAR(255)}, {@code invoice_number VARCHAR(64)}); an amount's
 * bounds keep every sum inside {@code DECIMAL(19, 2)} and every computation cheap; dates stay where
 * the calendar arithmetic of the ladder is exact. Amounts are checked on their digits before any
 * arithmetic, so {@code 1e5000000} is refused at once.
 */
public final class InputLimits {

  /** A person's or a business's name (the read side's {@code debtor_name VARCHAR(255)}). */
  public static final int NAME = 255;
  /** A reference: an invoice number (the read side's {@code invoice_number VARCHAR(64)}), a registered letter's number. */
  public static final int REFERENCE = 64;
  /** An identifier given by a client: a business id (the read sides' {@code business_id VARCHAR(64)}), an idempotency key. */
  public static final int IDENTIFIER = 64;
  /** An idempotency key (kept in the journal and, prefixed, in {@code VARCHAR(255)} columns). */
  public static final int KEY = 200;
  /** A line of an address, an e-mail, a phone number, a legal form, an IBAN. */
  public static final int LINE = 200;
  /** Free words kept in the journal (a promise's words, a dispute's reason): a debtor's message is at most 4,096 on Telegram. */
  public static final int WORDS = 4_096;

  /** Digits of a phone number, fewest and most. */
  public static final int PHONE_MIN_DIGITS = 6;
  public static final int PHONE_MAX_DIGITS = 15;
  private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9(][0-9 .()\\-]*");

  /** The smallest amount: one cent. */
  public static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
  /** The largest amount of one invoice, payment, promise or instalment. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
  private static final int MAX_INTEGER_DIGITS = MAX_AMOUNT.precision();
  /** Characters of a written amount read at all (digits, separators, a sign, a currency sign). */
  public static final int AMOUNT_TEXT = 32;

  /** The earliest date taken. */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  /** How many years after today a date may fall. */
  public static final int YEARS_AHEAD = 10;

  /** Invoices in one case. */
  public static final int INVOICES = 100;
  /** Instalments in one plan. */
  public static final int INSTALMENTS = 60;
  /** Reminders sent before the case came in. */
  public static final int PRIOR_REMINDERS = 10;
  /** The longest span in days a setting may give (a ladder step, a grace period): ten years. */
  public static final int DAY_SPAN = 3_660;
  /** Businesses one account may see, listed by an admin. */
  public static final int BUSINESSES_PER_ACCOUNT = 1_000;
  /** Cases in one page of the API's case list (and its default page). */
  public static final int LIST_PAGE = 500;
  /** Pages of a list (the admin page's case search). */
  public static final int PAGES = 10_000;
  /** Characters of a password given when an account is made (bounds the cost of hashing it). */
  public static final int PASSWORD = 1_000;
  /** Bytes of one imported file (a ledger as CSV or XLSX, an e-invoice): 8 MiB, ample for 20,000 rows. */
  public static final int IMPORT_BYTES = 8 * 1024 * 1024;
  /** Rows of one imported ledger, the header not counted. */
  public static final int IMPORT_ROWS = 20_000;
  /** Columns of one imported ledger. */
  public static final int IMPORT_COLUMNS = 100;
  /** Characters of one cell of an imported ledger. */
  public static final int IMPORT_CELL = 1_000;
  /** The longest move of the simulated clock in one call, in days. */
  public static final int CLOCK_DAYS = 400;

  private InputLimits() {}

  /** A text of at most {@code max} characters (null passes: whether it is required is the caller's rule). */
  public static Optional<String> text(String value, int max) {
    return value != null && value.length() > max
        ? Optional.of("must be at most " + max + " characters") : Optional.empty();
  }

  /** A part of a postal address refused: the part's field name (street, postcode, city, country) and why. */
  public record AddressProblem(String part, String reason) {}

  /** The first part of a postal address longer than {@link #LINE}, or nothing (a null address or part passes). */
  public static Optional<AddressProblem> address(org.relance.common.PostalAddress address) {
    if (address == null) {
      return Optional.empty();
    }
    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
    parts.put("street", address.street());
    parts.put("postcode", address.postcode());
    parts.put("city", address.city());
    parts.put("country", address.country());
    return parts.entrySet().stream()
        .flatMap(part -> text(part.getValue(), LINE).map(reason -> new AddressProblem(part.getKey(), reason)).stream())
        .findFirst();
  }

  /**
   * A phone number: at most {@link #LINE} characters, digits with an optional leading {@code +} and
   * spaces, dots, dashes or brackets between them, {@value #PHONE_MIN_DIGITS} to {@value #PHONE_MAX_DIGITS}
   * digits (E.164 allows 15); null passes.
   */
  public static Optional<String> phone(String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.length() > LINE) {
      return Optional.of("must be at most " + LINE + " characters");
    }
    long digits = value.chars().filter(Character::isDigit).count();
    return !PHONE.matcher(value.strip()).matches() || digits < PHONE_MIN_DIGITS || digits > PHONE_MAX_DIGITS
        ? Optional.of("must be a phone number of " + PHONE_MIN_DIGITS + " to " + PHONE_MAX_DIGITS
            + " digits, such as +33 6 12 34 56 78")
        : Optional.empty();
  }

  /** An amount from 0.01 to 1,000,000,000 with at most two decimals; the digits are counted before any arithmetic. */
  public static Optional<String> amount(BigDecimal value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.signum() <= 0) {
      return Optional.of("must be more than zero");
    }
    if (tooLarge(value)) {
      return Optional.of("must be at most " + MAX_AMOUNT.toPlainString());
    }
    if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      return Optional.of("must have at most two decimals");
    }
    return Optional.empty();
  }

  /** Whether {@code value} is beyond {@link #MAX_AMOUNT} (digits counted first, so a huge exponent costs nothing). */
  public static boolean tooLarge(BigDecimal value) {
    return (long) value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.compareTo(MAX_AMOUNT) > 0;
  }

  /** A written amount: short enough to be read at all (the value is then checked by {@link #amount}). */
  public static Optional<String> amountText(String value) {
    return value != null && value.length() > AMOUNT_TEXT
        ? Optional.of("must be a number of at most " + AMOUNT_TEXT + " characters") : Optional.empty();
  }

  /** A date from {@link #EARLIEST} to {@link #YEARS_AHEAD} years after today. */
  public static Optional<String> date(LocalDate value, Clock clock) {
    return date(value, todayAnywhere(clock));
  }

  /** A date from {@link #EARLIEST} to {@link #YEARS_AHEAD} years after {@code today} (a face that knows its day). */
  public static Optional<String> date(LocalDate value, LocalDate today) {
    if (value == null) {
      return Optional.empty();
    }
    LocalDate latest = today.plusYears(YEARS_AHEAD);
    return value.isBefore(EARLIEST) || value.isAfter(latest)
        ? Optional.of("must be between " + EARLIEST + " and " + latest) : Optional.empty();
  }

  /** A date of something already done (a payment received): in the window and not after today anywhere on Earth. */
  public static Optional<String> pastDate(LocalDate value, Clock clock) {
    Optional<String> window = date(value, clock);
    if (window.isPresent() || value == null) {
      return window;
    }
    return value.isAfter(todayAnywhere(clock)) ? Optional.of("must not be in the future") : Optional.empty();
  }

  /** At most {@code max} items (null passes). */
  public static Optional<String> count(Collection<?> items, int max) {
    return items != null && items.size() > max ? Optional.of("must have at most " + max + " items") : Optional.empty();
  }

  /** The latest date taken today. */
  public static LocalDate latest(Clock clock) {
    return todayAnywhere(clock).plusYears(YEARS_AHEAD);
  }

  /** Today in the time zone that is furthest ahead, so that no owner's today is ever refused. */
  public static LocalDate todayAnywhere(Clock clock) {
    return clock.instant().atOffset(ZoneOffset.ofHours(14)).toLocalDate();
  }
}
