package org.relance.letters.handover;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/** What can follow an unanswered formal notice (DOMAIN.md, "After it"). */
public enum NextStep {
  /** Procédure simplifiée de recouvrement des petites créances (commissaire de justice), up to 5 000 €. */
  SMALL_CLAIMS,
  /** Requête en injonction de payer (tribunal de commerce or tribunal judiciaire). */
  INJONCTION_DE_PAYER,
  /** A claim in the County Court (UK business), e.g. through Money Claim Online. */
  COUNTY_COURT_CLAIM,
  /** Handing the file to a collection agency. */
  COLLECTION_AGENCY,
  /** Selling the invoice (factoring), for business debtors. */
  FACTORING;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static NextStep fromWire(String text) {
    return WireNames.parse(NextStep.class, text, "next_step");
  }
}
