package org.relance.letters;

import org.relance.letters.store.StoredLetter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A handover dossier to build: the case, the day it is drawn up (the claim's date), the letters kept
 * for it, and when the owner posted them.
 */
public record DossierRequest(LetterCase file, LocalDate asOf, List<StoredLetter> letters,
                             List<LetterPosting> postings) {

  public DossierRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(asOf, "asOf");
    letters = letters == null ? List.of() : List.copyOf(letters);
    postings = postings == null ? List.of() : List.copyOf(postings);
  }

  /** A dossier with no posting recorded. */
  public DossierRequest(LetterCase file, LocalDate asOf, List<StoredLetter> letters) {
    this(file, asOf, letters, List.of());
  }

  /** When the letter of that rung was posted, if the owner recorded it. */
  public java.util.Optional<LetterPosting> posting(org.relance.ladder.Stage stage) {
    return postings.stream().filter(p -> p.stage() == stage).findFirst();
  }
}
