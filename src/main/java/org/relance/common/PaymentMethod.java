package org.relance.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a debtor pays or paid; {@code "transfer"}, {@code "cheque"}, ... in JSON. */
public enum PaymentMethod {
  TRANSFER, CHEQUE, CARD, CASH, DIRECT_DEBIT;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static PaymentMethod fromWire(String text) {
    return WireNames.parse(PaymentMethod.class, text, "method");
  }
}
