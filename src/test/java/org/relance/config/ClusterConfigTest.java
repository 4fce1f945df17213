package org.relance.config;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterConfigTest {

  private static final Map<String, String> POSTGRES = Map.of("RELANCE_DB_KIND", "postgres",
      "RELANCE_DB_URL", "jdbc:postgresql://db.example.org:5432/relance");

  @Test
  void withNoSeedNodesTheNodeFormsAClusterOfOneOnAFreePort() {
    var config = RelanceConfig.load(null, Map.of(), ConfigFactory.empty());
    assertEquals(List.of(), config.getStringList("pekko.cluster.seed-nodes"));
    assertEquals(0, config.getInt("pekko.remote.artery.canonical.port"));
    assertEquals("keep-majority", config.getString("pekko.cluster.split-brain-resolver.active-strategy"));
  }

  @Test
  void seedNodesFromTheEnvironmentAreCommaSeparatedHostsAndPorts() {
    var environment = new java.util.HashMap<>(POSTGRES);
    environment.putAll(Map.of("RELANCE_CLUSTER_SEED_NODES", "node1:25520, node2:25520,10.0.0.3:25521",
        "RELANCE_CLUSTER_HOSTNAME", "node2", "RELANCE_CLUSTER_PORT", "25520"));
    var config = RelanceConfig.load(null, environment, ConfigFactory.empty());
    assertEquals(List.of("pekko://relance@node1:25520", "pekko://relance@node2:25520", "pekko://relance@10.0.0.3:25521"),
        config.getStringList("pekko.cluster.seed-nodes"));
    assertEquals("node2", config.getString("pekko.remote.artery.canonical.hostname"));
    assertEquals(25520, config.getInt("pekko.remote.artery.canonical.port"));
  }

  @Test
  void aSplitBrainStrategyAndItsDelayAreSettings() {
    var config = RelanceConfig.load(null, POSTGRES, ConfigFactory.parseMap(Map.of(
        "relance.cluster.seed-nodes", List.of("node1:25520"), "relance.cluster.port", 25520,
        "relance.cluster.split-brain-strategy", "keep-oldest", "relance.cluster.stable-after", "30s")));
    assertEquals("keep-oldest", config.getString("pekko.cluster.split-brain-resolver.active-strategy"));
    assertEquals(30, config.getDuration("pekko.cluster.split-brain-resolver.stable-after").toSeconds());
  }

  @Test
  void aNodeOfSeveralNeedsAFixedPort() {
    var environment = new java.util.HashMap<>(POSTGRES);
    environment.put("RELANCE_CLUSTER_SEED_NODES", "node1:25520,node2:25520");
    var refused = assertThrows(IllegalArgumentException.class,
        () -> RelanceConfig.load(null, environment, ConfigFactory.empty()));
    assertTrue(refused.getMessage().contains("needs a fixed port"), refused.getMessage());
  }

  @Test
  void seedNodesOnTheEmbeddedH2AreRefusedWithWhatToDo() {
    var refused = assertThrows(IllegalArgumentException.class, () -> RelanceConfig.load(null,
        Map.of("RELANCE_CLUSTER_SEED_NODES", "node1:25520"), ConfigFactory.empty()));
    assertTrue(refused.getMessage().contains("more than one node needs PostgreSQL"), refused.getMessage());
    assertTrue(refused.getMessage().contains("relance.db.kind = postgres"), refused.getMessage());
  }

  @Test
  void seedNodesWithTheSimulatedClockAreRefused() {
    var environment = new java.util.HashMap<>(POSTGRES);
    environment.putAll(Map.of("RELANCE_CLUSTER_SEED_NODES", "node1:25520", "RELANCE_CLOCK_MODE", "simulated"));
    var refused = assertThrows(IllegalArgumentException.class,
        () -> RelanceConfig.load(null, environment, ConfigFactory.empty()));
    assertTrue(refused.getMessage().contains("simulated clock runs in one process"), refused.getMessage());
  }

  @Test
  void aSeedNodeThatIsNotHostAndPortIsNamedInTheRefusal() {
    for (String seed : List.of("node1", "node1:", ":25520", "node1:port", "node1:70000", "node1:0")) {
      var environment = new java.util.HashMap<>(POSTGRES);
      environment.put("RELANCE_CLUSTER_SEED_NODES", "node2:25520," + seed);
      var refused = assertThrows(IllegalArgumentException.class,
          () -> RelanceConfig.load(null, environment, ConfigFactory.empty()), seed);
      assertTrue(refused.getMessage().contains("'" + seed + "' is not host:port"), refused.getMessage());
    }
  }
}
