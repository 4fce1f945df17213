package org.relance.letters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.Party;
import org.relance.common.WireNames;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of the case, in or out, verbatim, as the dossier prints it: whom it went to or came
 * from ({@code party}, the debtor when the journal did not say) and, for a notice to the owner, the
 * owner's chat ({@code chatId}, or null).
 */
public record CaseMessage(Instant at, Direction direction, Party party, String channel, String chatId, String text) {

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
    party = party == null ? Party.DEBTOR : party;
    channel = channel == null ? "" : channel;
    text = text == null ? "" : text;
  }
}
