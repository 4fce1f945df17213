package org.relance.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code relance.cluster.*} into Pekko's remoting, seed-node and Split Brain Resolver
 * settings, and refuses a cluster Relance cannot run safely: more than one node needs a database
 * all nodes share (PostgreSQL, not the embedded H2 file), the system clock (the simulated clock
 * lives in one process) and a fixed port each.
 */
public final class ClusterConfig {

  /** The actor system's name, part of every node's address. */
  public static final String SYSTEM_NAME = "relance";

  private ClusterConfig() {}

  /** The seed nodes as {@code host:port}: a list, or one comma-separated string (from the environment). */
  public static List<String> seedNodes(Config config) {
    String path = "relance.cluster.seed-nodes";
    List<String> seeds = config.getValue(path).valueType() == ConfigValueType.LIST
        ? config.getStringList(path)
        : Arrays.asList(config.getString(path).split(","));
    return seeds.stream().map(String::trim).filter(seed -> !seed.isEmpty()).map(ClusterConfig::checked).toList();
  }

  /** The Pekko settings for this node; refuses a multi-node set-up on H2 or the simulated clock. */
  static Config pekkoFor(Config config) {
    List<String> seeds = seedNodes(config);
    if (!seeds.isEmpty() && DatabaseConfig.kind(config) == DatabaseConfig.Kind.H2) {
      throw new IllegalArgumentException("relance.cluster.seed-nodes is set, but more than one node needs PostgreSQL: "
          + "the embedded H2 database is a file that only one process can use. Set relance.db.kind = postgres and "
          + "relance.db.url (RELANCE_DB_KIND, RELANCE_DB_URL) on every node, or remove the seed nodes to run one node.");
    }
    if (!seeds.isEmpty() && config.getString("relance.clock.mode").trim().equalsIgnoreCase("simulated")) {
      throw new IllegalArgumentException("relance.cluster.seed-nodes is set, but the simulated clock runs in one "
          + "process only: run several nodes with relance.clock.mode = system, or one node to try the simulated clock.");
    }
    int port = config.getInt("relance.cluster.port");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("relance.cluster.port must be between 0 and 65535, not " + port);
    }
    if (!seeds.isEmpty() && port == 0) {
      throw new IllegalArgumentException("relance.cluster.seed-nodes is set, so relance.cluster.port "
          + "(RELANCE_CLUSTER_PORT) needs a fixed port, the one the other nodes reach this node at (e.g. 25520).");
    }
    Map<String, Object> pekko = Map.of(
        "pekko.remote.artery.canonical.hostname", config.getString("relance.cluster.hostname").trim(),
        "pekko.remote.artery.canonical.port", port,
        "pekko.cluster.seed-nodes", seeds.stream().map(seed -> "pekko://" + SYSTEM_NAME + "@" + seed).toList(),
        "pekko.cluster.split-brain-resolver.active-strategy", config.getString("relance.cluster.split-brain-strategy"),
        "pekko.cluster.split-brain-resolver.stable-after", config.getString("relance.cluster.stable-after"),
        "pekko.cluster.down-removal-margin", config.getString("relance.cluster.down-removal-margin"));
    Config layer = ConfigFactory.empty();
    for (var setting : pekko.entrySet()) {
      layer = layer.withValue(setting.getKey(), ConfigValueFactory.fromAnyRef(setting.getValue()));
    }
    return layer;
  }

  private static String checked(String seed) {
    int colon = seed.lastIndexOf(':');
    boolean valid = colon > 0 && colon < seed.length() - 1 && seed.substring(colon + 1).chars().allMatch(Character::isDigit)
        && seed.length() - colon <= 6 && Integer.parseInt(seed.substring(colon + 1)) > 0
        && Integer.parseInt(seed.substring(colon + 1)) <= 65_535;
    if (!valid) {
      throw new IllegalArgumentException("relance.cluster.seed-nodes: '" + seed + "' is not host:port "
          + "(for example node1.example.org:25520)");
    }
    return seed;
  }
}
