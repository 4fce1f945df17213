package org.relance.imports;

import java.util.List;

/**
 * Where an import stands: {@code running}, {@code done}, {@code failed} (with why) or
 * {@code interrupted} (the service stopped during it: importing the same file again finishes it, nothing
 * doubles); the rows read ({@code total}) and handled ({@code done}); invoices {@code created},
 * {@code updated} (what remains due went down), {@code unchanged}, {@code paid} (recorded as paid:
 * absent from the file or nothing left due), {@code skipped} (already paid, never open here); and the
 * rows refused.
 */
public record ImportStatus(String id, String businessId, String source, String status, int total, int done,
                           int created, int updated, int unchanged, int paid, int skipped, List<Rejection> rejected,
                           String error) implements org.relance.serialization.JsonSerializable {

  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
  public static final String INTERRUPTED = "interrupted";

  /** Whether the import has stopped, one way or another. */
  public boolean finished() {
    return !status.equals(RUNNING);
  }
}
