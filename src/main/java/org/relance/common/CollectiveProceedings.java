package org.relance.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A collective proceeding a debtor is under (NLU-CONTRACT.md, "Collective proceedings"): a French
 * company's procédure de sauvegarde, redressement or liquidation judiciaire, a UK company's
 * administration (or receivership), or a consumer's over-indebtedness file (surendettement, IVA,
 * debt relief order). {@code "safeguard"}, {@code "reorganisation"}... in JSON.
 */
public enum CollectiveProceedings {
  SAFEGUARD, REORGANISATION, LIQUIDATION, ADMINISTRATION, OVER_INDEBTEDNESS;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static CollectiveProceedings fromWire(String text) {
    return WireNames.parse(CollectiveProceedings.class, text, "proceedings");
  }
}
