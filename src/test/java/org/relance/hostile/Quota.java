package org.relance.hostile;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The inputs the barrages share: so many in all, within a time budget. Each barrage takes one
 * before each input, so the faster one sends more and both end together. A service that hostile
 * input slows down must not hold the build hostage: past the budget no more inputs are handed out,
 * and running out of time is itself a failure the suite reports.
 */
public final class Quota {

  private final int total;
  private final AtomicInteger handedOut = new AtomicInteger();
  private final long deadline;

  public Quota(int total, Duration budget) {
    this.total = total;
    this.deadline = System.nanoTime() + budget.toNanos();
  }

  /** Whether one more input may be sent (and counts it). */
  public boolean take() {
    if (System.nanoTime() - deadline > 0) {
      return false;
    }
    if (handedOut.incrementAndGet() > total) {
      handedOut.decrementAndGet();
      return false;
    }
    return true;
  }

  /** How many inputs were handed out. */
  public int handedOut() {
    return handedOut.get();
  }
}
