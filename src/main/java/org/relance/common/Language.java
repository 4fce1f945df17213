package org.relance.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The languages the bot speaks with owners and debtors; written {@code "fr"} / {@code "en"} in JSON. */
public enum Language {
  FR, EN;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return this == FR ? Locale.FRANCE : Locale.UK;
  }

  /** An amount as this language writes it, with its currency ("1 200,50 €", "€1,200.50"). */
  public String money(java.math.BigDecimal amount, String currency) {
    java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale());
    format.setCurrency(java.util.Currency.getInstance(currency));
    return format.format(amount);
  }

  @JsonCreator
  public static Language fromCode(String code) {
    return WireNames.parse(Language.class, code, "language");
  }
}
