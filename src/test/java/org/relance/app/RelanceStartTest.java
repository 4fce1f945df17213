package org.relance.app;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.config.RelanceConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelanceStartTest {

  @Test
  void startsOnAnEmbeddedH2FileAndAnswersHealth(@TempDir Path dataDir) throws Exception {
    var config = RelanceConfig.load(null, Map.of(),
        ConfigFactory.parseMap(Map.of("relance.data-dir", dataDir.toString(), "relance.http.port", 0,
            "relance.http.host", "127.0.0.1")));
    Relance relance = Relance.start(config);
    try {
      var response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + relance.httpPort() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("ok"));
      assertTrue(relance.startupReport().stream().anyMatch(l -> l.contains(relance.adminToken())),
          "a generated admin token is printed");
    } finally {
      relance.stop();
    }
    assertTrue(dataDir.resolve("relance.mv.db").toFile().exists(), "the H2 file lives in the data directory");
  }
}
