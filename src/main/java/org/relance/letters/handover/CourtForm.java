package org.relance.letters.handover;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/** The court form a creditor files to get an order for payment, by jurisdiction and debtor. */
public enum CourtForm {
  /** Injonction de payer, tribunal de commerce, business debtor: cerfa n° 12946. */
  CERFA_12946,
  /** Injonction de payer, tribunal judiciaire, consumer debtor: cerfa n° 12948. */
  CERFA_12948,
  /** County Court claim form N1 (UK), filed online through Money Claim Online. */
  UK_N1;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static CourtForm fromWire(String text) {
    return WireNames.parse(CourtForm.class, text, "court_form");
  }
}
