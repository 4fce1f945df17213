package org.relance.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.TestService;
import org.relance.business.Business;
import org.relance.business.BusinessProfile;
import org.relance.business.PlanPolicy;
import org.relance.business.Jurisdiction;
import org.relance.common.Language;
import org.relance.common.PostalAddress;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseFixtures;
import org.relance.debtorcase.CaseReply;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.*;

/** The one door to the cases: a case opened the same way from every face, once per idempotency key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseGatewayTest {

  private TestService service;
  private CaseGateway cases;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    service = TestService.start(dataDir, Map.of());
    cases = service.relance().cases();
    BusinessProfile profile = new BusinessProfile("Atelier Dupont", new PostalAddress("1 rue de la Paix", "75002",
        "Paris", "France"), null, null, null, null, Language.FR, Jurisdiction.FR, ZoneId.of("Europe/Paris"), null,
        PlanPolicy.defaults(), 9, Map.of());
    cases.askBusiness("gateway-shop", r -> new Business.Register(profile, r)).toCompletableFuture().join();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void opensACaseWithItsBusinessTermsAndOnceForAKey() {
    CaseGateway.Opening first = open("gateway-shop", "import:row-7");
    CaseGateway.Opening again = open("gateway-shop", "import:row-7");

    assertInstanceOf(CaseReply.Accepted.class, first.reply());
    assertEquals(first.caseId(), again.caseId(), "the same key reaches the same case");
    assertInstanceOf(CaseReply.Accepted.class, again.reply(), "a repeat is answered as the first time");
    var view = ((CaseReply.Accepted) cases.ask(first.caseId(), CaseCommand.Get::new).toCompletableFuture().join()).view();
    assertEquals("gateway-shop", view.businessId());
    assertEquals(1, view.invoices().size(), "the repeat added nothing");
    assertEquals("Atelier Dupont", first.profile().name());
    assertNotEquals(first.caseId(), open("gateway-shop", "import:row-8").caseId());
  }

  @Test
  void refusesToOpenACaseForABusinessThatDoesNotExist() {
    CompletionException failure = assertThrows(CompletionException.class, () -> open("no-such-shop", "k"));
    assertInstanceOf(CaseGateway.NoSuchBusiness.class, failure.getCause());
  }

  private CaseGateway.Opening open(String businessId, String key) {
    return cases.open(businessId, key, profile -> new CaseGateway.NewCase(CaseFixtures.debtor(),
        CaseFixtures.oneInvoiceDue(LocalDate.of(2026, 12, 20)), List.of())).toCompletableFuture().join();
  }
}
