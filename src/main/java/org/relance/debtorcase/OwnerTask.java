package org.relance.debtorcase;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;
import org.relance.ladder.Stage;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something the owner has to do for a case (call, post a letter, answer a question, declare a claim), due on a day;
 * done, or snoozed to a later day.
 */
public record OwnerTask(String id, Kind kind, Stage stage, LocalDate dueOn, Instant createdAt, Instant doneAt)
    implements JsonSerializable {

  /** What the owner is asked to do. */
  public enum Kind {
    CALL_DEBTOR, POST_LETTER, HANDOVER, ASK_PROMISE_PAID, CONFIRM_CLAIMED_PAYMENT, RESOLVE_DISPUTE, DECIDE_PLAN,
    /** Declare the claim to the mandataire judiciaire (collective proceedings). */
    DECLARE_CLAIM,
    /** Ask whether the plan's instalment, due yesterday, arrived. */
    ASK_INSTALLMENT_PAID;

    @JsonValue
    public String wire() {
      return WireNames.of(this);
    }

    @JsonCreator
    public static Kind fromWire(String text) {
      return WireNames.parse(Kind.class, text, "task kind");
    }
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isOpen() {
    return doneAt == null;
  }

  OwnerTask done(Instant at) {
    return new OwnerTask(id, kind, stage, dueOn, createdAt, at);
  }

  OwnerTask snoozedTo(LocalDate day) {
    return new OwnerTask(id, kind, stage, day, createdAt, doneAt);
  }
}
