package org.relance.letters;

import java.time.Instant;
import java.util.Objects;

/** One event of the case journal as the dossier prints it: its sequence number, time, type and data (JSON text). */
public record JournalLine(long sequenceNumber, Instant at, String type, String dataJson) {

  public JournalLine {
    Objects.requireNonNull(at, "journal.at");
    type = type == null ? "" : type;
    dataJson = dataJson == null ? "" : dataJson;
  }
}
