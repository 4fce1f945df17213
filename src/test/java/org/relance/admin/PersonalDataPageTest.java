package org.relance.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.accounts.Role;
import org.relance.app.TestService;
import org.relance.debtorcase.PersonalFields;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.*;
import static org.relance.admin.AdminFixture.PASSWORD;
import static org.relance.admin.AdminFixture.addUser;

/**
 * The admin page's personal-data actions: an administrator downloads everything held on a debtor
 * and erases it (with the CSRF token and a reason, audited under their e-mail), after which the
 * page's journal shows the placeholder; an owner of the business may do neither.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataPageTest {

  private TestService service;
  private String caseId;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir);
    String businessId = service.createBusiness();
    caseId = service.createCase(businessId, "2026-12-10");
    assertEquals(200, service.post("/api/cases/" + caseId + "/cancel", "").status());
    service.advanceDays(0);
    addUser(service, "admin@a.test", Role.ADMIN);
    addUser(service, "owner@a.test", Role.OWNER, businessId);
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void anOwnerMayNeitherExportNorErase() {
    WebClient owner = new WebClient(service);
    assertEquals(303, owner.signIn("owner@a.test", PASSWORD).status());
    assertEquals(403, owner.get("/web/api/cases/" + caseId + "/personal-data").status());
    assertEquals(403, owner.postJson("/web/api/cases/" + caseId + "/personal-data/erase", "{\"reason\": \"x\"}",
        owner.csrfToken).status());
  }

  @Test
  void anAdministratorExportsThenErasesAndTheAuditNamesThem() throws Exception {
    WebClient admin = new WebClient(service);
    assertEquals(303, admin.signIn("admin@a.test", PASSWORD).status());
    var export = admin.get("/web/api/cases/" + caseId + "/personal-data");
    assertEquals(200, export.status());
    assertTrue(export.body().contains("Boulangerie Martin") && export.body().contains("CaseOpened"), export.body());
    assertNotEquals(200, admin.postJson("/web/api/cases/" + caseId + "/personal-data/erase", "{\"reason\": \"x\"}",
        null).status(), "no CSRF token, no erasure");
    assertEquals(400, admin.postJson("/web/api/cases/" + caseId + "/personal-data/erase", "{}", admin.csrfToken).status());
    var erased = admin.postJson("/web/api/cases/" + caseId + "/personal-data/erase",
        "{\"reason\": \"the debtor asked by letter\"}", admin.csrfToken);
    assertEquals(200, erased.status(), erased.body());
    String page = admin.get("/web/api/cases/" + caseId).body();
    assertFalse(page.contains("Boulangerie Martin"), page);
    assertTrue(page.contains(PersonalFields.ERASED));
    try (Connection c = service.relance().dataSource().getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT actor, reason FROM relance_privacy_audit WHERE action = 'erase'")) {
      assertTrue(rs.next());
      assertEquals("admin@a.test", rs.getString(1));
      assertEquals("the debtor asked by letter", rs.getString(2));
    }
  }
}
