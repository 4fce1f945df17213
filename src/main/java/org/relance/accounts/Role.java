package org.relance.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/**
 * What an account may do on the admin page: an {@link #ADMIN} sees and changes everything, an
 * {@link #OWNER} sees and changes its own businesses, an {@link #ACCOUNTANT} reads the businesses
 * it is given and changes nothing.
 */
public enum Role {
  ADMIN, OWNER, ACCOUNTANT;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static Role fromWire(String text) {
    return WireNames.parse(Role.class, text, "role");
  }
}
