package org.relance.debtorchat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The debtor's invitation in the case API, on the real service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebtorInvitationApiTest {

  private TestService service;
  private String businessId;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir, Map.of("relance.telegram.bot-username", "relance_test_bot"));
    businessId = service.createBusiness();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  private String caseBody() {
    return """
        {"businessId": "%s", "debtor": {"name": "Boulangerie Martin", "type": "business"},
         "invoices": [{"number": "F-101", "amount": 1200.50, "currency": "EUR", "issueDate": "2026-11-10",
                       "dueDate": "2026-12-10"}]}""".formatted(businessId);
  }

  @Test
  void anOpenedCaseComesWithItsDebtorsLinkAndARetryReplacesIt() {
    var opened = service.post("/api/cases", caseBody(), "open-martin");
    assertEquals(201, opened.status(), opened.toString());
    String token = opened.body().path("invitation").path("token").asText();
    assertTrue(token.matches("[A-Za-z0-9_-]{22}"), token);
    assertEquals("https://t.me/relance_test_bot?start=" + token, opened.body().path("invitation").path("link").asText());
    assertEquals("2026-12-07T08:00:00Z", opened.body().path("invitation").path("expiresAt").asText());
    assertEquals("Boulangerie Martin", opened.body().path("debtor").path("name").asText());

    var retried = service.post("/api/cases", caseBody(), "open-martin");
    assertEquals(opened.text("id"), retried.text("id"), "the same case");
    assertNotEquals(token, retried.body().path("invitation").path("token").asText(),
        "only the token's hash is kept: a retry gets a fresh token, which replaces the first");
  }

  @Test
  void aNewLinkIsIssuedOnEachCallAndAnUnknownCaseIs404() {
    String id = service.post("/api/cases", caseBody(), "open-durand").text("id");
    var first = service.post("/api/cases/" + id + "/invitation", null, "reissue-1");
    assertEquals(201, first.status(), first.toString());
    var repeat = service.post("/api/cases/" + id + "/invitation", null, "reissue-1");
    assertEquals(201, repeat.status(), repeat.toString());
    assertNotEquals(first.text("token"), repeat.text("token"));
    var other = service.post("/api/cases/" + id + "/invitation", null, "reissue-2");
    assertNotEquals(first.text("token"), other.text("token"));
    assertEquals(404, service.post("/api/cases/no-such-case/invitation", null).status());
  }
}
