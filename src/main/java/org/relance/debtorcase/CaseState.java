package org.relance.debtorcase;

import org.relance.serialization.JsonSerializable;

/** A case's state: {@link Blank} until it is opened, then a {@link CaseFile}. */
public sealed interface CaseState extends JsonSerializable permits CaseState.Blank, CaseFile {

  /** No case under this id yet. */
  enum Blank implements CaseState { INSTANCE }
}
