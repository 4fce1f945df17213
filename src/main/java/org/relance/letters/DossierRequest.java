package org.relance.letters;

import org.relance.letters.store.StoredLetter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A handover dossier to build: the case, the day it is drawn up (the claim's date), and the letters kept for it. */
public record DossierRequest(LetterCase file, LocalDate asOf, List<StoredLetter> letters) {

  public DossierRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    letters = letters == null ? List.of() : List.copyOf(letters);
  }
}
