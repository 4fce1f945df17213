package org.relance.debtorcase;

import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.cluster.sharding.ShardRegion.CurrentShardRegionState;
import org.apache.pekko.cluster.sharding.typed.GetShardRegionState;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A node keeps at most relance.cases.in-memory-limit cases in memory: past it the least recently
 * used leave (and come back from the journal, unchanged, at their next command).
 */
class CasesInMemoryLimitTest {

  @Test
  void pastTheLimitTheLeastRecentlyUsedCasesLeaveMemoryAndComeBackIntact(@TempDir Path dataDir) throws Exception {
    // the limit is shared out among the shards a node holds: 10 shards here (1,000 in the service)
    try (TestService service = TestService.start(dataDir, Map.of("relance.cases.in-memory-limit", 40,
        "pekko.cluster.sharding.number-of-shards", 10))) {
      String business = service.createBusiness();
      List<String> cases = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        cases.add(service.createCase(business, "2026-12-10"));
      }
      int inMemory = casesInMemory(service);
      assertTrue(inMemory > 0 && inMemory <= 40, inMemory + " cases in memory");
      TestService.Answer first = service.get("/api/cases/" + cases.get(0));
      assertEquals(200, first.status(), first.toString());
      assertEquals(cases.get(0), first.text("id"), "the first case, long out of memory, comes back");
    }
  }

  private static int casesInMemory(TestService service) throws Exception {
    var system = service.relance().system();
    CurrentShardRegionState state = AskPattern.<org.apache.pekko.cluster.sharding.typed.ClusterShardingQuery, CurrentShardRegionState>ask(
        ClusterSharding.get(system).shardState(), reply -> new GetShardRegionState(DebtorCase.ENTITY_KEY, reply),
        Duration.ofSeconds(5), system.scheduler()).toCompletableFuture().get();
    return state.getShards().stream().mapToInt(shard -> shard.getEntityIds().size()).sum();
  }
}
