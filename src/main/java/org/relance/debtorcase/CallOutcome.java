package org.relance.debtorcase;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/**
 * How the owner's call to the debtor ended, as the owner reports it from the call sheet's buttons:
 * a date promised, a plan asked for, the debt contested, nobody answered, or the number is wrong.
 */
public enum CallOutcome {
  PROMISED, PLAN_REQUESTED, DISPUTED, UNREACHABLE, WRONG_NUMBER;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static CallOutcome fromWire(String text) {
    return WireNames.parse(CallOutcome.class, text, "call outcome");
  }
}
