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

  @JsonCreator
  public static Language fromCode(String code) {
    return WireNames.parse(Language.class, code, "language");
  }
}
