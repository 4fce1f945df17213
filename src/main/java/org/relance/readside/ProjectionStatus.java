package org.relance.readside;

import org.apache.pekko.projection.HandlerRecoveryStrategy;
import org.apache.pekko.projection.ProjectionId;
import org.apache.pekko.projection.StatusObserver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this node knows of each projection instance it runs (started, failed, stopped), told by the
 * projections themselves; a failure is remembered until the instance makes progress again, so a
 * projection that fails on every restart reads as failing, not as stopped or running between two
 * restarts.
 */
final class ProjectionStatus {

  /** The state of one projection instance (a projection and one tag) on this node. */
  enum State { STARTING, RUNNING, FAILING, STOPPED }

  private final Map<ProjectionId, State> states = new ConcurrentHashMap<>();

  /** The observer to give to the projection {@code id}. */
  <E> StatusObserver<E> observer(ProjectionId id) {
    states.put(id, State.STARTING);
    return new StatusObserver<>() {
      @Override
      public void started(ProjectionId projection) {
        states.compute(projection, (k, was) -> was == State.FAILING ? State.FAILING : State.RUNNING);
      }

      @Override
      public void failed(ProjectionId projection, Throwable cause) {
        states.put(projection, State.FAILING);
      }

      @Override
      public void stopped(ProjectionId projection) {
        // a failed projection is stopped, then started again after its back-off: still failing
        states.compute(projection, (k, was) -> was == State.FAILING ? State.FAILING : State.STOPPED);
      }

      @Override
      public void beforeProcess(ProjectionId projection, E envelope) {}

      @Override
      public void afterProcess(ProjectionId projection, E envelope) {
        states.put(projection, State.RUNNING);
      }

      @Override
      public void offsetProgress(ProjectionId projection, E envelope) {
        states.put(projection, State.RUNNING);
      }

      @Override
      public void error(ProjectionId projection, E envelope, Throwable cause, HandlerRecoveryStrategy recovery) {}
    };
  }

  /**
   * The state of projection {@code name} over its instances on this node: failing or stopped if one
   * is, running if all are, else starting ("elsewhere" when this node runs none of them).
   */
  String state(String name) {
    var mine = states.entrySet().stream().filter(e -> e.getKey().name().equals(name)).map(Map.Entry::getValue).toList();
    if (mine.isEmpty()) {
      return "elsewhere";
    }
    for (State worst : new State[] {State.FAILING, State.STOPPED, State.STARTING}) {
      if (mine.contains(worst)) {
        return worst.name().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return "running";
  }
}
