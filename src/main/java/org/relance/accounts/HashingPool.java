package org.relance.accounts;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The small executor password checks run on (Argon2 costs tens of milliseconds and 19 MiB each),
 * apart from the blocking pool the API reads with, so a flood of sign-ins cannot slow the API: a
 * fixed number of threads and a bounded queue; past the queue a check is refused at once, never
 * waited for. Its threads are daemons named {@code relance-password-hashing-N}.
 */
public final class HashingPool implements AutoCloseable {

  private final ThreadPoolExecutor executor;

  public HashingPool(int threads, int queue) {
    if (threads < 1 || queue < 0) {
      throw new IllegalArgumentException("the password hashing pool needs at least one thread and a queue of 0 or more");
    }
    AtomicInteger count = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), task -> {
          Thread thread = new Thread(task, "relance-password-hashing-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
  }

  /** The check, queued; empty when the pool's threads and queue are full. */
  public <T> Optional<CompletableFuture<T>> offer(Supplier<T> check) {
    try {
      return Optional.of(CompletableFuture.supplyAsync(check, executor));
    } catch (RejectedExecutionException full) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
