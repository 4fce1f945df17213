package org.relance.letters.pdf;

import org.relance.common.Language;
import org.relance.common.Money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How amounts, dates and rates are written in one language: "1 200,50 €" and "23 novembre 2026"
 * in French (with the narrow no-break spaces Java's French locale uses), "€1,200.50" and
 * "23 November 2026" in English.
 */
final class LetterFormat {

  private final Language language;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  LetterFormat(Language language) {
    this.language = language;
    this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
  }

  String money(Money money) {
    NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
    format.setCurrency(money.currency());
    return format.format(money.amount());
  }

  /** The date in words; in French the first of the month is "1er" ("1er septembre 2025"). */
  String date(LocalDate date) {
    String text = longDate.format(date);
    return language == Language.FR && date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
  }

  String shortDate(LocalDate date) {
    return date == null ? "" : shortDate.format(date);
  }

  /** An instant as the business reads it: "20/08/2025 09:15:02 (Europe/Paris)". */
  String time(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  String percent(BigDecimal rate) {
    String number = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(language.locale())).format(rate);
    return language == Language.FR ? number + "\u00a0%" : number + "%";
  }
}
