package org.relance.letters.store;

import org.relance.common.Language;
import org.relance.ladder.Stage;

import java.time.Instant;
import java.time.LocalDate;

/** A letter as issued and kept: case, stage, issue date, language, SHA-256 of the bytes, when it was stored, the PDF. */
public record StoredLetter(
    String caseId,
    Stage stage,
    LocalDate issuedOn,
    Language language,
    String sha256,
    Instant storedAt,
    byte[] pdf) {}
