package org.relance.config;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deployment guide's node settings (deploy/systemd/relance.env.example) are what the service reads. */
class DeploymentFilesTest {

  private static final Path ENVIRONMENT = Path.of("deploy", "systemd", "relance.env.example");

  @Test
  void everyVariableOfTheExampleNamesASettingAndTheNodeJoinsItsCluster() throws Exception {
    Map<String, String> environment = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ENVIRONMENT)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        environment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    var reference = ConfigFactory.defaultReference();
    for (String name : environment.keySet()) {
      boolean known = name.equals("TELEGRAM_BOT_TOKEN") || reference.getConfig("relance").entrySet().stream()
          .anyMatch(entry -> RelanceConfig.environmentName("relance." + entry.getKey()).equals(name));
      assertTrue(known, name + " names no relance.* setting");
    }
    var config = RelanceConfig.load(null, environment, ConfigFactory.empty());
    assertEquals(List.of("pekko://relance@node1.internal:25520", "pekko://relance@node2.internal:25520",
        "pekko://relance@node3.internal:25520"), config.getStringList("pekko.cluster.seed-nodes"));
    assertEquals("node1.internal", config.getString("pekko.remote.artery.canonical.hostname"));
    assertEquals("webhook", config.getString("relance.telegram.mode"));
    assertEquals("postgres", config.getString("relance.db.kind"));
  }
}
