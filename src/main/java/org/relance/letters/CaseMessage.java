package org.relance.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

import java.time.Instant;
import java.util.Objects;

/** One message of the case, in or out, verbatim, as the dossier prints it. */
public record CaseMessage(Instant at, Direction direction, String channel, String text) {

  /** Whether the debtor wrote it ({@code in}) or the business sent it ({@code out}). */
  public enum Direction {
    IN, OUT;

    @JsonValue
    public String wire() {
      return WireNames.of(this);
    }

    @JsonCreator
    public static Direction fromWire(String text) {
      return WireNames.parse(Direction.class, text, "message.direction");
    }
  }

  public CaseMessage {
    Objects.requireNonNull(at, "message.at");
    Objects.requireNonNull(direction, "message.direction");
    channel = channel == null ? "" : channel;
    text = text == null ? "" : text;
  }
}
