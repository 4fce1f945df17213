package org.relance.nlu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/** Why a payment is late, when the debtor says (NLU-CONTRACT.md); absent when no reason is given. */
public enum DelayReason {
  FORGOT, CASH_FLOW, WAITING_ON_CUSTOMER, INVOICE_ISSUE, APPROVAL_PROCESS, ABSENCE, BANK_ISSUE, QUALITY_ISSUE;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static DelayReason fromWire(String text) {
    return WireNames.parse(DelayReason.class, text, "reason");
  }
}
