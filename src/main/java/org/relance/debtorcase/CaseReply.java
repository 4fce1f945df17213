package org.relance.debtorcase;

import org.relance.serialization.JsonSerializable;

/** A case's answer: the case as it now stands, or why the command was refused. */
public sealed interface CaseReply extends JsonSerializable {

  /** The command was applied (or changed nothing); the case as it now stands. */
  record Accepted(CaseView view) implements CaseReply {}

  /** The command was refused; nothing was written. */
  record Rejected(Refusal refusal, String message) implements CaseReply {}

  /** Why a command was refused: no such case, or not in the case's current state, or invalid. */
  enum Refusal { NOT_FOUND, CONFLICT, INVALID }
}
