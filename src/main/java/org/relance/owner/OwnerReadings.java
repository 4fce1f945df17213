package org.relance.owner;

import org.relance.limits.InputLimits;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.facts.Facts;
import org.relance.owner.Question.Checked;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads what an owner types about money and days with the debtor-side fact extractors
 * ({@link FactExtractor}): an amount ("600", "600,50 €", "300 euros"), a day a payment was made
 * ("15/11/2026", "hier", "lundi dernier"), a schedule of instalments ("3 x 400 € le 5 de chaque
 * mois", "en 4 fois à partir du 10/12", "400 € le 5/12, 400 € le 5/1"). Each check gives the
 * value kept in the conversation or the id of the re-ask text. Pure.
 */
final class OwnerReadings {

  /** One instalment of a typed schedule. */
  record Part(LocalDate date, BigDecimal amount) {}

  private static final FactExtractor FACTS = new FactExtractor();
  private static final int MAX_INSTALLMENTS = 24;

  private OwnerReadings() {}

  /** A positive amount with at most two decimals, no more than {@code balance}. */
  static Checked amountUpTo(String answer, BigDecimal balance) {
    Checked plain = AnswerChecks.amount(answer);
    String value = plain.value();
    if (value == null) {
      List<BigDecimal> amounts = FACTS.extract(answer, LocalDate.EPOCH, false).amounts();
      if (amounts.size() != 1 || AnswerChecks.amount(amounts.get(0)).value() == null) {
        return plain;
      }
      value = AnswerChecks.amount(amounts.get(0)).value();
    }
    return new BigDecimal(value).compareTo(balance) > 0 ? Checked.problem("owner.problem.more_than_balance")
        : Checked.ok(value);
  }

  /** A day a payment was made: a date, or words such as "yesterday"; not after {@code today}. */
  static Checked dayPaid(String answer, LocalDate today) {
    Checked written = AnswerChecks.date(answer, today);
    LocalDate day;
    if (written.value() != null) {
      day = LocalDate.parse(written.value());
    } else {
      List<LocalDate> dates = FACTS.extract(answer, today, true).dates();
      if (dates.size() != 1) {
        return written;
      }
      day = dates.get(0);
    }
    if (InputLimits.date(day, today).isPresent()) {
      return Checked.problem("owner.problem.date_range");
    }
    return day.isAfter(today) ? Checked.problem("owner.problem.future_payment") : Checked.ok(day.toString());
  }

  /**
   * A schedule: a count with one amount each (or the balance shared) from a first day, monthly;
   * or as many amounts as days. The first day is today or later; the total at most the balance.
   * Kept as {@code 2026-12-05=400;2027-01-05=400}.
   */
  static Checked schedule(String answer, LocalDate today, BigDecimal balance) {
    Facts facts = FACTS.extract(answer, today, false);
    List<Part> parts = parts(facts, balance, today);
    if (parts.isEmpty()) {
      return Checked.problem("owner.problem.plan");
    }
    if (parts.get(0).date().isBefore(today)) {
      return Checked.problem("owner.problem.plan_past");
    }
    BigDecimal total = parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(balance) > 0) {
      return Checked.problem("owner.problem.plan_total");
    }
    return Checked.ok(parts.stream().map(p -> p.date() + "=" + p.amount().toPlainString())
        .collect(Collectors.joining(";")));
  }

  /** A kept schedule as the owner reads it back: "400,00 € (5 déc. 2026), 400,00 € (5 janv. 2027)". */
  static String readBack(String kept, String currency, org.relance.common.Language language) {
    return decode(kept).stream()
        .map(p -> OwnerTexts.money(p.amount(), currency, language) + " (" + OwnerTexts.date(p.date(), language) + ")")
        .collect(Collectors.joining(", "));
  }

  static List<Part> decode(String kept) {
    return Arrays.stream(kept.split(";")).map(p -> p.split("="))
        .map(p -> new Part(LocalDate.parse(p[0]), new BigDecimal(p[1]))).toList();
  }

  private static List<Part> parts(Facts facts, BigDecimal balance, LocalDate today) {
    List<LocalDate> dates = facts.dates();
    List<BigDecimal> amounts = facts.amounts();
    Integer count = facts.installments();
    List<Part> parts = new ArrayList<>();
    if (count == null && dates.size() >= 2 && (amounts.size() == dates.size() || amounts.isEmpty())) {
      List<BigDecimal> each = amounts.isEmpty() ? shared(balance, dates.size()) : amounts;
      for (int i = 0; i < dates.size(); i++) {
        parts.add(new Part(dates.get(i), each.get(i)));
      }
    } else if (count != null && count >= 1 && count <= MAX_INSTALLMENTS && dates.size() == 1 && amounts.size() <= 1) {
      List<BigDecimal> each = amounts.isEmpty() ? shared(balance, count) : java.util.Collections.nCopies(count,
          amounts.get(0));
      for (int i = 0; i < count; i++) {
        parts.add(new Part(dates.get(0).plusMonths(i), each.get(i)));
      }
    }
    boolean valid = parts.size() <= InputLimits.INSTALMENTS && parts.stream().allMatch(p ->
        InputLimits.amount(p.amount()).isEmpty() && InputLimits.date(p.date(), today).isEmpty());
    return valid ? parts : List.of();
  }

  /** The balance in {@code count} parts to the cent, the last taking what rounding leaves. */
  private static List<BigDecimal> shared(BigDecimal balance, int count) {
    BigDecimal each = balance.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
    List<BigDecimal> parts = new ArrayList<>(java.util.Collections.nCopies(count - 1, each));
    parts.add(balance.subtract(each.multiply(BigDecimal.valueOf(count - 1))));
    return parts;
  }
}
