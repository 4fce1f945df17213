package org.relance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/cases} in pages: {@code limit} cases at most, oldest due first, and while more
 * follow a {@code Link: <...>; rel="next"} header that keeps the filters; following the links gives
 * every case once, in order, even with cases due the same day. A wrong limit or cursor is a 400
 * naming it. On H2 (and, in a subclass, PostgreSQL).
 */
class CaseListPagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"?next\"?");
  private final HttpClient http = HttpClient.newHttpClient();

  /** The database settings of this run: none for the default H2 file. */
  protected Map<String, Object> databaseSettings() {
    return Map.of();
  }

  /** One page: its case ids, and the address of the next page if the answer links one. */
  private record Page(int status, JsonNode body, Optional<String> next) {}

  private Page get(TestService service, String path) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(service.uri(path))
        .header("Authorization", "Bearer " + service.relance().adminToken()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Optional<String> next = answer.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::matches)
        .map(m -> m.group(1));
    return new Page(answer.statusCode(), JSON.readTree(answer.body()), next);
  }

  @Test
  void followingTheLinksGivesEveryCaseOnceInOrder(@TempDir Path dataDir) throws Exception {
    try (TestService service = TestService.start(dataDir, databaseSettings())) {
      String business = service.createBusiness();
      String other = service.createBusiness();
      List<String> dueDates = List.of("2026-12-10", "2026-12-05", "2026-12-05", "2026-12-20", "2026-12-05",
          "2026-12-01", "2026-12-15");
      for (String due : dueDates) {
        service.createCase(business, due);
      }
      service.createCase(other, "2026-11-30");
      JsonNode whole = service.get("/api/cases?businessId=" + business).body();
      for (int i = 0; i < 100 && whole.size() < dueDates.size(); i++) { // the list follows the journal closely
        Thread.sleep(100);
        whole = service.get("/api/cases?businessId=" + business).body();
      }
      assertEquals(dueDates.size(), whole.size(), "one page by default: " + whole);

      List<String> paged = new ArrayList<>();
      String path = "/api/cases?businessId=" + business + "&limit=3";
      int pages = 0;
      while (path != null) {
        Page page = get(service, path);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().size() <= 3, page.toString());
        page.body().forEach(c -> {
          assertEquals(business, c.path("businessId").asText(), "the link keeps the filter");
          paged.add(c.path("id").asText());
        });
        pages++;
        path = page.next().orElse(null);
      }
      assertEquals(3, pages, "7 cases in pages of 3");
      List<String> expected = new ArrayList<>();
      whole.forEach(c -> expected.add(c.path("id").asText()));
      assertEquals(expected, paged, "every case once, in the list's order");
      assertFalse(get(service, "/api/cases?businessId=" + business + "&limit=7").next().isPresent(),
          "no link when nothing follows");
    }
  }

  @Test
  void aWrongLimitOrCursorIsRefusedByName(@TempDir Path dataDir) throws Exception {
    try (TestService service = TestService.start(dataDir, databaseSettings())) {
      for (String limit : List.of("0", "501", "ten", "-1")) {
        Page refused = get(service, "/api/cases?limit=" + limit);
        assertEquals(400, refused.status(), limit + ": " + refused);
        assertEquals("limit", refused.body().path("field").asText());
      }
      for (String cursor : List.of("nothing", "AAAA", "%2F%2F")) {
        Page refused = get(service, "/api/cases?cursor=" + cursor);
        assertEquals(400, refused.status(), cursor + ": " + refused);
        assertEquals("cursor", refused.body().path("field").asText());
      }
    }
  }
}
