package org.relance.imports;

import java.util.ArrayList;
import java.util.List;

/** The running counts of one import, added to from several debtors at once. */
final class Tally {

  /** What one debtor's part of the import came to. */
  enum Outcome { CREATED, UPDATED, UNCHANGED, PAID, SKIPPED }

  private final String id;
  private final String businessId;
  private final String source;
  private final int total;
  private int done;
  private final int[] counts = new int[Outcome.values().length];
  private final List<Rejection> rejected = new ArrayList<>();

  Tally(String id, String businessId, String source, int total, List<Rejection> rejected) {
    this.id = id;
    this.businessId = businessId;
    this.source = source;
    this.total = total;
    this.rejected.addAll(rejected);
    this.done = rejected.size();
  }

  /** A row of the file counted as handled with this outcome (null: none, an absent invoice counts no row). */
  synchronized void row(Outcome outcome) {
    done++;
    counts[outcome.ordinal()]++;
  }

  /** An invoice absent from the file, recorded as paid. */
  synchronized void absentPaid() {
    counts[Outcome.PAID.ordinal()]++;
  }

  synchronized void reject(Rejection rejection) {
    done++;
    rejected.add(rejection);
  }

  synchronized ImportStatus status(String status, String error) {
    List<Rejection> byLine = new ArrayList<>(rejected);
    byLine.sort(java.util.Comparator.comparingInt(Rejection::line));
    return new ImportStatus(id, businessId, source, status, total, done, counts[0], counts[1], counts[2], counts[3],
        counts[4], byLine, error);
  }
}
