package org.relance.ladder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

/**
 * The rungs of the escalation ladder, in order (DOMAIN.md). {@link #NOT_DUE} is where a case waits
 * before its first step; every rung but {@link #DUE} sends something.
 */
public enum Stage {
  NOT_DUE, PRE_DUE, DUE, FRIENDLY, FIRST_LETTER, WARNING_LETTER, FORMAL_NOTICE, HANDOVER;

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static Stage fromWire(String text) {
    return WireNames.parse(Stage.class, text, "stage");
  }

  /** True for the rungs that send a message, a letter or an owner task, and so keep the minimum gap. */
  public boolean sends() {
    return this != NOT_DUE && this != DUE;
  }

  /** True for the rungs whose step is a letter to print and post. */
  public boolean isLetter() {
    return this == FIRST_LETTER || this == WARNING_LETTER || this == FORMAL_NOTICE;
  }
}
