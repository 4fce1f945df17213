package org.relance.readside;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tells when the projections over case events have processed every case event journaled so far,
 * by comparing the journal's last ordering per tag with each projection's committed offsets; the
 * journal is read again once they reach it, since a projection may itself write events (a letter
 * issued), until nothing new came. What callers wait on (rather than sleeping) before reading lists
 * or waking cases.
 */
public final class ReadSideProgress {

  private static final long POLL_MILLIS = 10;

  private final DataSource dataSource;
  private final Executor blocking;
  private final java.util.List<String> projections;

  private final java.util.List<String> tags;

  public ReadSideProgress(DataSource dataSource, Executor blocking, java.util.List<String> projections,
                          java.util.List<String> tags) {
    this.dataSource = dataSource;
    this.blocking = blocking;
    this.projections = java.util.List.copyOf(projections);
    this.tags = java.util.List.copyOf(tags);
  }

  /**
   * Completes once every case event written before this call has been projected. Waits as long as
   * the projections move: fails only when none of them committed anything for {@code stall} (a
   * stopped or stuck read side), so a busy day is waited for however long it takes.
   */
  public CompletionStage<Void> awaitCaughtUp(Duration stall) {
    return CompletableFuture.supplyAsync(this::journalPositions, blocking)
        .thenCompose(target -> poll(target, stall, -1, System.nanoTime() + stall.toNanos()));
  }

  private CompletionStage<Void> poll(Map<String, Long> target, Duration stall, long lastProgress, long deadline) {
    return CompletableFuture.supplyAsync(this::allOffsets, blocking).thenCompose(offsets -> {
      if (reached(offsets, target)) {
        Map<String, Long> now = journalPositions();
        return now.equals(target) ? CompletableFuture.completedFuture(null)
            : poll(now, stall, lastProgress, System.nanoTime() + stall.toNanos());
      }
      long progress = offsets.values().stream().flatMap(byTag -> byTag.values().stream()).mapToLong(Long::longValue).sum();
      long stillDue = progress != lastProgress ? System.nanoTime() + stall.toNanos() : deadline;
      if (System.nanoTime() > stillDue) {
        return CompletableFuture.failedFuture(new TimeoutException(
            "the case read side is still catching up and has not moved for "
            + (stall.toMillis() % 1000 == 0 ? stall.toSeconds() + " s" : stall.toMillis() + " ms")));
      }
      Executor later = CompletableFuture.delayedExecutor(POLL_MILLIS, TimeUnit.MILLISECONDS, blocking);
      return CompletableFuture.supplyAsync(() -> null, later)
          .thenCompose(ignored -> poll(target, stall, progress, stillDue));
    });
  }

  /**
   * How many case events of each tag projection {@code name} has not committed yet (tags without
   * any event are absent): the events journaled after its offset.
   */
  public Map<String, Long> lag(String name) {
    Map<String, Long> offsets = offsets(name);
    Map<String, Long> lag = new HashMap<>();
    try (Connection c = dataSource.getConnection();
         var count = c.prepareStatement("SELECT COUNT(*) FROM event_tag WHERE tag = ? AND event_id > ?")) {
      for (String tag : journalPositions().keySet()) {
        count.setString(1, tag);
        count.setLong(2, offsets.getOrDefault(tag, 0L));
        try (var rs = count.executeQuery()) {
          rs.next();
          lag.put(tag, rs.getLong(1));
        }
      }
      return lag;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the read side's lag: " + e.getMessage(), e);
    }
  }

  private Map<String, Long> offsets(String name) {
    return query("SELECT projection_key, current_offset FROM pekko_projection_offset_store "
        + "WHERE projection_name = '" + name.replace("'", "''") + "'");
  }

  /**
   * The last journal position of each tag that has events. One index-sorted lookup per tag: a
   * {@code MAX} over the join would read the whole journal at every poll.
   */
  private Map<String, Long> journalPositions() {
    Map<String, Long> positions = new HashMap<>();
    try (Connection c = dataSource.getConnection();
         var last = c.prepareStatement("SELECT event_id FROM event_tag WHERE tag = ? ORDER BY event_id DESC LIMIT 1")) {
      for (String tag : tags) {
        last.setString(1, tag);
        try (var rs = last.executeQuery()) {
          if (rs.next()) {
            positions.put(tag, rs.getLong(1));
          }
        }
      }
      return positions;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the journal's positions: " + e.getMessage(), e);
    }
  }

  /** Each projection's committed offset per tag. */
  private Map<String, Map<String, Long>> allOffsets() {
    Map<String, Map<String, Long>> offsets = new HashMap<>();
    for (String projection : projections) {
      offsets.put(projection, offsets(projection));
    }
    return offsets;
  }

  private static boolean reached(Map<String, Map<String, Long>> offsets, Map<String, Long> target) {
    return offsets.values().stream().allMatch(byTag ->
        target.entrySet().stream().allMatch(e -> byTag.getOrDefault(e.getKey(), -1L) >= e.getValue()));
  }

  private Map<String, Long> query(String sql) {
    Map<String, Long> result = new HashMap<>();
    try (Connection c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
      while (rs.next()) {
        result.put(rs.getString(1), Long.parseLong(rs.getString(2)));
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the read side's progress: " + e.getMessage(), e);
    }
  }
}
