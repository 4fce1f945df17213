package org.relance.nlu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/**
 * What a debtor's message means (NLU-CONTRACT.md), declared in the contract's priority order:
 * when a message carries several, the first one declared here is the primary intent.
 */
public enum Intent {
  STOP_CONTACT, WRONG_CONTACT, DISPUTE, ALREADY_PAID, REQUEST_PLAN, PROMISE_TO_PAY, REQUEST_DISCOUNT,
  HARDSHIP, DELAY_REASON, REQUEST_DOCUMENT, REQUEST_HUMAN, ACKNOWLEDGE, OTHER;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static Intent fromWire(String text) {
    return WireNames.parse(Intent.class, text, "intent");
  }

  /** The primary of two intents found in one message. */
  public Intent primaryWith(Intent other) {
    return other.ordinal() < ordinal() ? other : this;
  }
}
