package org.relance.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real service's {@code /metrics} after real work (a business, cases opened, the clock moved):
 * cases per stage and status match the API's list, events written grew by kind, HTTP latency is
 * labelled by route template, the read sides and the outbox are watched, the JVM's basics are there;
 * the token guards it; every panel of the sample Grafana dashboard names a metric exposed here; and
 * the health endpoints are split into liveness and readiness.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsEndpointTest {

  private static final String TOKEN = "metrics-token";
  private static final Path DASHBOARD = Path.of("deploy/grafana/relance-dashboard.json");
  private static final Pattern METRIC = Pattern.compile("\\b(?:relance|jvm|process|system)_[a-z0-9_]+");

  private TestService service;
  private Scrape beforeWork;
  private Scrape afterWork;
  private final List<String> caseIds = new ArrayList<>();
  private JsonNode listed;

  /** The database settings of this run: none for the default H2 file. */
  protected Map<String, Object> databaseSettings() {
    return Map.of();
  }

  @BeforeAll
  void work(@TempDir Path dataDir) throws Exception {
    Map<String, Object> settings = new HashMap<>(databaseSettings());
    settings.put("relance.metrics.token", TOKEN);
    settings.put("relance.metrics.refresh-interval", "100ms");
    service = TestService.start(dataDir, settings);
    beforeWork = Scrape.of(service.relance().httpPort(), TOKEN);
    String business = service.createBusiness();
    for (String due : List.of("2026-11-10", "2026-11-30", "2026-12-20")) {
      caseIds.add(service.createCase(business, due));
    }
    assertEquals(200, service.advanceDays(10).status());
    caseIds.forEach(id -> assertEquals(200, service.get("/api/cases/" + id).status()));
    listed = service.get("/api/cases?businessId=" + business).body();
    afterWork = awaitCases(expectedCases());
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void casesPerStageAndStatusMatchTheList() {
    assertEquals(expectedCases(), cases(afterWork), afterWork.text());
  }

  @Test
  void eventsWrittenGrewByKind() {
    assertEquals(3, afterWork.sum("relance_events_written_total", Map.of("kind", "CaseOpened"))
        - beforeWork.sum("relance_events_written_total", Map.of("kind", "CaseOpened")));
    assertTrue(afterWork.sum("relance_events_written_total", Map.of("kind", "StepReached")) >= 3,
        "the clock move wrote steps: " + afterWork.named("relance_events_written_total"));
  }

  @Test
  void httpLatencyIsLabelledByRouteTemplateNeverById() {
    Map<String, String> caseView = Map.of("method", "GET", "route", "/api/cases/{id}", "status", "200");
    assertTrue(afterWork.sum("relance_http_requests_seconds_count", caseView) >= 3, afterWork.text());
    assertTrue(afterWork.sum("relance_http_requests_seconds_bucket", Map.of("route", "/api/cases/{id}", "le", "+Inf"))
        >= 3);
    assertTrue(afterWork.sum("relance_http_requests_seconds_count", Map.of("method", "POST", "route", "/api/cases",
        "status", "201")) == 3);
    caseIds.forEach(id -> assertFalse(afterWork.text().contains(id), "no case id in a label"));
  }

  @Test
  void readSidesOutboxMessagesAndReadingsAreWatched() {
    Set<String> projections = new TreeSet<>();
    afterWork.named("relance_readside_lag_events").forEach(s -> projections.add(s.labels().get("projection")));
    assertTrue(projections.size() >= 3, "each projection's lag: " + projections);
    afterWork.named("relance_readside_lag_events").forEach(s -> assertTrue(s.value() >= 0 && s.value() < 1000));
    Set<String> parked = new TreeSet<>();
    afterWork.named("relance_readside_parked_events").forEach(s -> parked.add(s.labels().get("projection")));
    assertEquals(projections, parked, "each projection's parked events");
    assertEquals(service.relance().telegram().store().depth(),
        afterWork.sum("relance_outbox_depth", Map.of("channel", "telegram")));
    for (String name : List.of("relance_messages_sent_total", "relance_messages_failed_total",
        "relance_messages_rate_limited_total")) {
      assertEquals(1, afterWork.named(name).stream().filter(s -> "telegram".equals(s.labels().get("channel"))).count(),
          name + " per channel");
    }
    for (String language : List.of("fr", "en")) {
      assertEquals(0, afterWork.sum("relance_nlu_readings_total", Map.of("language", language)));
      assertEquals(0, afterWork.sum("relance_nlu_uncertain_readings_total", Map.of("language", language)));
    }
  }

  @Test
  void theJvmBasicsAreThere() {
    for (String name : List.of("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_gc_memory_allocated_bytes_total",
        "process_cpu_usage", "process_uptime_seconds")) {
      assertFalse(afterWork.named(name).isEmpty(), name);
    }
  }

  @Test
  void theTokenGuardsTheMetrics() throws Exception {
    assertEquals(401, Scrape.of(service.relance().httpPort(), null).status());
    assertEquals(401, Scrape.of(service.relance().httpPort(), "wrong").status());
    assertEquals(200, Scrape.of(service.relance().httpPort(), TOKEN).status());
  }

  @Test
  void everyDashboardPanelNamesAnExposedMetric() throws Exception {
    JsonNode dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
    Set<String> exposed = afterWork.names();
    List<JsonNode> panels = new ArrayList<>();
    dashboard.path("panels").forEach(panels::add);
    assertTrue(panels.size() >= 9, "a panel for each metric");
    for (JsonNode panel : panels) {
      List<String> named = new ArrayList<>();
      panel.path("targets").forEach(target -> {
        Matcher m = METRIC.matcher(target.path("expr").asText());
        while (m.find()) {
          named.add(m.group());
        }
      });
      assertFalse(named.isEmpty(), "panel '" + panel.path("title").asText() + "' names a metric");
      named.forEach(name -> assertTrue(exposed.contains(name),
          "panel '" + panel.path("title").asText() + "' names " + name + ", which /metrics does not expose"));
    }
  }

  @Test
  void healthIsSplitIntoLivenessAndReadiness() {
    var live = service.get("/health/live");
    assertEquals(200, live.status());
    assertEquals("up", live.text("status"));
    var ready = service.get("/health/ready");
    assertEquals(200, ready.status(), ready.toString());
    assertEquals("ok", ready.text("status"));
    assertTrue(ready.body().has("readSides") && ready.body().has("cluster"));
    var compatible = service.get("/health");
    assertEquals(200, compatible.status());
    assertEquals(ready.body().fieldNames().next(), compatible.body().fieldNames().next());
    assertTrue(compatible.body().has("readSides") && compatible.body().has("cluster"));
  }

  /** The list's cases counted by stage and status. */
  private Map<String, Double> expectedCases() {
    Map<String, Double> expected = new HashMap<>();
    JsonNode items = listed.isArray() ? listed : listed.path("cases");
    items.forEach(c -> expected.merge(c.path("stage").asText() + "/" + c.path("status").asText(), 1.0, Double::sum));
    assertEquals(3, items.size(), listed.toString());
    return expected;
  }

  private static Map<String, Double> cases(Scrape scrape) {
    Map<String, Double> counted = new HashMap<>();
    scrape.named("relance_cases").forEach(s ->
        counted.merge(s.labels().get("stage") + "/" + s.labels().get("status"), s.value(), Double::sum));
    return counted;
  }

  /** Scrapes until the cases gauge (refreshed every 100 ms) shows {@code expected}, for up to 10 s. */
  private Scrape awaitCases(Map<String, Double> expected) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Scrape scrape = Scrape.of(service.relance().httpPort(), TOKEN);
    while (!cases(scrape).equals(expected) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      scrape = Scrape.of(service.relance().httpPort(), TOKEN);
    }
    return scrape;
  }
}
