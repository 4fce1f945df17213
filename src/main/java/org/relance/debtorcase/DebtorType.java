package org.relance.debtorcase;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/** Whether the debtor is a company (B2B law) or a private person (consumer law). */
public enum DebtorType {
  BUSINESS, CONSUMER;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static DebtorType fromWire(String text) {
    return WireNames.parse(DebtorType.class, text, "debtor.type");
  }
}
