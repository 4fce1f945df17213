package org.relance.letters.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/** Why a period's interest rate is what it is; each names the rule a letter quotes. */
public enum RateBasis {
  /** FR B2B: the rate of the business's contract (Code de commerce L441-10). */
  CONTRACT_RATE,
  /** FR B2B default: ECB main refinancing rate of the half-year + 10 points (L441-10). */
  ECB_PLUS_TEN,
  /** FR B2B floor: three times the legal interest rate, when above the rate otherwise applied (L441-10). */
  LEGAL_FLOOR,
  /** FR B2C: the legal interest rate, from the mise en demeure (Code civil 1231-6). */
  LEGAL_RATE,
  /** UK B2B: Bank of England base rate of the half-year + 8 points (Late Payment Act 1998). */
  BOE_PLUS_EIGHT;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static RateBasis fromWire(String text) {
    return WireNames.parse(RateBasis.class, text, "rate.basis");
  }
}
