package org.relance.owner;

import org.relance.common.PostalAddress;
import org.relance.limits.InputLimits;
import org.relance.owner.Question.Checked;
import org.relance.payment.Iban;
import org.relance.payment.PaymentLink;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of the owner's typed answers: each gives the normalised value or the id of the
 * text that re-asks ({@code owner.problem.*}). Pure.
 */
public final class AnswerChecks {

  /** A typed "-" skips an optional answer. */
  public static final String SKIP = "-";

  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:(?:h|:)\\s*(\\d{2})?)?");
  private static final DateTimeFormatter H_MM = DateTimeFormatter.ofPattern("H:mm");

  private AnswerChecks() {}

  public static Checked text(String answer) {
    String value = answer.strip();
    return value.isEmpty() || value.length() > 200 ? Checked.problem("owner.problem.text") : Checked.ok(value);
  }

  /** A reference such as an invoice number: at most {@link InputLimits#REFERENCE} characters. */
  public static Checked reference(String answer) {
    Checked text = text(answer);
    return text.value() != null && InputLimits.text(text.value(), InputLimits.REFERENCE).isPresent()
        ? Checked.problem("owner.problem.reference") : text;
  }

  /** A reference, or "-" for none. */
  public static Checked optionalReference(String answer) {
    Checked text = optional(answer);
    return text.value() != null && InputLimits.text(text.value(), InputLimits.REFERENCE).isPresent()
        ? Checked.problem("owner.problem.reference") : text;
  }

  /** Any text, or "-" for nothing. */
  public static Checked optional(String answer) {
    String value = answer.strip();
    return value.length() > 200 ? Checked.problem("owner.problem.text") : Checked.ok(value.isEmpty() ? SKIP : value);
  }

  /** "12 rue de la Paix, 75002 Paris": the street before the last comma, then the postcode and the city; "-": none. */
  public static PostalAddress address(String text) {
    if (SKIP.equals(text)) {
      return null;
    }
    int comma = text.lastIndexOf(',');
    if (comma < 0) {
      return new PostalAddress(text, null, null, null);
    }
    String[] place = text.substring(comma + 1).strip().split("\\s+", 2);
    return new PostalAddress(text.substring(0, comma).strip(), place[0], place.length > 1 ? place[1] : null, null);
  }

  /** A positive amount with at most two decimals, within {@link InputLimits#amount}: "1200.50", "1 200,50", "1200". */
  public static Checked amount(String answer) {
    String cleaned = answer.strip().replaceAll("[\\s\u00a0\u202f€£]", "").replace(',', '.');
    if (InputLimits.amountText(cleaned).isPresent()) {
      return Checked.problem("owner.problem.amount");
    }
    try {
      return amount(new BigDecimal(cleaned));
    } catch (NumberFormatException e) {
      return Checked.problem("owner.problem.amount");
    }
  }

  /** An amount already read (from words), within {@link InputLimits#amount}; its digits are checked before it is written out. */
  public static Checked amount(BigDecimal amount) {
    return InputLimits.amount(amount).isEmpty() ? Checked.ok(amount.toPlainString())
        : Checked.problem("owner.problem.amount");
  }

  /** A date as 31/12/2026 or 2026-12-31, from 2000 to ten years after {@code today} ({@link InputLimits#date}). */
  public static Checked date(String answer, LocalDate today) {
    Checked written = date(answer);
    return written.value() != null && InputLimits.date(LocalDate.parse(written.value()), today).isPresent()
        ? Checked.problem("owner.problem.date_range") : written;
  }

  /** A date that has already come (an invoice's issue, a reminder sent): in the window and not after {@code today}. */
  public static Checked pastDate(String answer, LocalDate today) {
    Checked written = date(answer, today);
    return written.value() != null && LocalDate.parse(written.value()).isAfter(today)
        ? Checked.problem("owner.problem.future_date") : written;
  }

  /** A date as 31/12/2026 or 2026-12-31. */
  public static Checked date(String answer) {
    String value = answer.strip();
    try {
      return Checked.ok((value.contains("/") ? LocalDate.parse(value, DAY_FIRST) : LocalDate.parse(value)).toString());
    } catch (DateTimeParseException e) {
      return Checked.problem("owner.problem.date");
    }
  }

  /** An IBAN whose ISO 13616 check digits are right (mod 97 = 1), written without spaces. */
  public static Checked iban(String answer) {
    return Iban.valid(answer) ? Checked.ok(Iban.normalized(answer))
        : Checked.problem("owner.problem.iban");
  }

  /** A payment link template ({@link PaymentLink}: https, {amount} and {reference}), or "-" for none. */
  public static Checked paymentUrl(String answer) {
    String value = answer.strip();
    return SKIP.equals(value) ? Checked.ok(SKIP)
        : PaymentLink.problem(value).isPresent() ? Checked.problem("owner.problem.payment_url") : Checked.ok(value);
  }

  /** A BIC: 8 or 11 letters and digits. */
  public static Checked bic(String answer) {
    String bic = answer.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    return bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?") ? Checked.ok(bic) : Checked.problem("owner.problem.bic");
  }

  /** A time of day: "9", "9h", "8h30", "8 h 30", "08:30"; kept as "8:30". */
  public static Checked hour(String answer) {
    Matcher time = TIME.matcher(answer.strip().toLowerCase(Locale.ROOT));
    if (!time.matches()) {
      return Checked.problem("owner.problem.hour");
    }
    int hour = Integer.parseInt(time.group(1));
    int minute = time.group(2) == null ? 0 : Integer.parseInt(time.group(2));
    return hour <= 23 && minute <= 59 ? Checked.ok(LocalTime.of(hour, minute).format(H_MM))
        : Checked.problem("owner.problem.hour");
  }

  /** A time kept by {@link #hour} ("8:30"; an hour alone from before minutes were asked). */
  public static LocalTime time(String kept) {
    return kept.contains(":") ? LocalTime.parse(kept, H_MM) : LocalTime.of(Integer.parseInt(kept), 0);
  }

  /** A time zone such as Europe/Paris. */
  public static Checked zone(String answer) {
    try {
      return Checked.ok(ZoneId.of(answer.strip()).getId());
    } catch (DateTimeException e) {
      return Checked.problem("owner.problem.zone");
    }
  }

  /** One of the given values (what the buttons give), case-insensitive. */
  public static Function<String, Checked> oneOf(String problemId, String... values) {
    return answer -> {
      for (String value : values) {
        if (value.equalsIgnoreCase(answer.strip())) {
          return Checked.ok(value);
        }
      }
      return Checked.problem(problemId);
    };
  }
}
