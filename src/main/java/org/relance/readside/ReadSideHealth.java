package org.relance.readside;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The service's health as {@code /health} tells it: for each projection over case events, whether
 * this node runs it ({@code running}, {@code starting}, {@code failing}, {@code stopped}, or
 * {@code elsewhere} in the cluster), how many case events it is behind the journal, and how many it
 * parked. Unhealthy when one is failing or stopped or more than {@code relance.read-side.max-healthy-lag}
 * events behind; parked events alone are reported, not unhealthy (they were skipped on purpose).
 * Names and counts only: nothing about cases or errors.
 */
public final class ReadSideHealth {

  /** One projection's line. */
  public record ReadSide(String state, long lag, long parked) {}

  /** The whole answer. */
  public record Report(boolean healthy, Map<String, ReadSide> readSides) {
    public String status() {
      return healthy ? "ok" : "unhealthy";
    }

    public long parked() {
      return readSides.values().stream().mapToLong(ReadSide::parked).sum();
    }
  }

  private final CaseProjections projections;
  private final ReadSideProgress progress;
  private final ParkedEvents parked;
  private final long maxHealthyLag;
  private final Executor blocking;

  public ReadSideHealth(CaseProjections projections, ReadSideProgress progress, ParkedEvents parked,
                        long maxHealthyLag, Executor blocking) {
    this.projections = projections;
    this.progress = progress;
    this.parked = parked;
    this.maxHealthyLag = maxHealthyLag;
    this.blocking = blocking;
  }

  /** The report, read on the blocking executor. */
  public CompletionStage<Report> check() {
    return CompletableFuture.supplyAsync(this::report, blocking);
  }

  /** The report, read on the caller's thread (which must be one that may block). */
  public Report report() {
    Map<String, Long> parkedCounts = parked.countByProjection();
    Map<String, ReadSide> readSides = new TreeMap<>();
    boolean healthy = true;
    for (String name : projections.names()) {
      String state = projections.status().state(name);
      long lag = progress.lag(name).values().stream().mapToLong(Long::longValue).sum();
      readSides.put(name, new ReadSide(state, lag, parkedCounts.getOrDefault(name, 0L)));
      healthy &= !state.equals("failing") && !state.equals("stopped") && lag <= maxHealthyLag;
    }
    return new Report(healthy, readSides);
  }
}
