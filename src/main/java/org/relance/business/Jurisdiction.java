package org.relance.business;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The law a business collects under: interest, indemnity, public holidays, letters. */
public enum Jurisdiction {
  FR, UK;

  @JsonValue
  public String code() {
    return name();
  }

  @JsonCreator
  public static Jurisdiction fromCode(String code) {
    return org.relance.common.WireNames.parse(Jurisdiction.class, code, "jurisdiction");
  }
}
