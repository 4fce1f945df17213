package org.relance.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The other party of a case's message: the debtor, or the business's owner; {@code "debtor"}, {@code "owner"} in JSON. */
public enum Party {
  DEBTOR, OWNER;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static Party fromWire(String text) {
    return WireNames.parse(Party.class, text, "party");
  }
}
