package org.relance.privacy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.debtorcase.PersonalFields;
import org.relance.owner.OwnerChats;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Retention on the simulated clock: a case closed on 2026-11-23, kept one year, has its owner told
 * on 2027-10-23 and its debtor's personal data erased on 2027-11-23, not a day before; a case
 * closed with a dispute still to settle is kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionTest {

  private static final String NAME = "Boulangerie Martin";

  private TestService service;
  private String businessId;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir, Map.of("relance.retention.closed-case-years", "1"));
    businessId = service.createBusiness();
    new OwnerChats(service.relance().dataSource()).bind("555001", businessId, service.relance().time().clock().instant());
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void aClosedCaseIsErasedOnItsDayAfterItsOwnerWasToldAMonthBefore() throws Exception {
    String closed = service.createCase(businessId, "2026-12-10");
    String disputed = service.createCase(businessId, "2026-12-10");
    assertEquals(200, service.post("/api/cases/" + closed + "/write-off", "").status());
    assertEquals(200, service.post("/api/cases/" + disputed + "/disputes", "{\"reason\": \"pas commandé\"}").status());
    assertEquals(200, service.post("/api/cases/" + disputed + "/cancel", "").status());
    String balance = service.get("/api/cases/" + closed).text("balance");

    service.advanceDays(333); // 2027-10-22
    assertEquals(0, notices(closed), "not told yet");
    service.advanceDays(1); // 2027-10-23
    assertEquals(1, notices(closed), "told a month before");
    assertEquals(1, outbox(closed, "2027"), "the notice went to the owner's chat, naming the day");
    service.advanceDays(30); // 2027-11-22
    assertTrue(journal(closed).contains(NAME), "not erased a day early");
    service.advanceDays(1); // 2027-11-23
    String journal = journal(closed);
    assertFalse(journal.contains(NAME), journal);
    assertTrue(journal.contains("PersonalDataErased") && journal.contains(PersonalFields.ERASED));
    assertEquals(balance, service.get("/api/cases/" + closed).text("balance"), "the figures stay");
    assertTrue(journal(disputed).contains(NAME), "closed with a dispute to settle: kept");
    assertEquals(0, notices(disputed));
  }

  @Test
  void theSettingIsAWholeNumberOfYearsOrEmpty() {
    assertEquals(OptionalInt.empty(), Retention.years(" "));
    assertEquals(OptionalInt.of(7), Retention.years("7"));
    assertThrows(IllegalArgumentException.class, () -> Retention.years("0"));
    assertThrows(IllegalArgumentException.class, () -> Retention.years("two"));
  }

  private String journal(String caseId) {
    return service.get("/api/cases/" + caseId + "/journal").body().toString();
  }

  private int notices(String caseId) throws Exception {
    return count("SELECT COUNT(*) FROM relance_retention_notice WHERE case_id = ?", caseId, null);
  }

  private int outbox(String caseId, String text) throws Exception {
    return count("SELECT COUNT(*) FROM telegram_outbox WHERE case_id = ? AND payload LIKE ?", caseId, "%" + text + "%");
  }

  private int count(String sql, String caseId, String like) throws Exception {
    try (Connection c = service.relance().dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, caseId);
      if (like != null) {
        st.setString(2, like);
      }
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
