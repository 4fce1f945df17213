package org.relance.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relance.accounts.Role;
import org.relance.app.TestService;
import org.relance.common.Party;
import org.relance.debtorcase.CaseCommand;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.CaseReply;
import org.relance.debtorcase.DebtorCase;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.relance.admin.AdminFixture.*;

/**
 * The admin page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * driven through {@code /usr/bin/chromedriver}, nothing downloaded): sign in, filter, open a case,
 * read its timeline, download its journal, see the ageing; a debtor's message full of HTML shows
 * as text. Without Chromium the tests are reported skipped with the command that installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTest {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String HOSTILE = "<img src=x onerror=alert(1)>";

  private TestService service;
  private WebDriver browser;
  private WebDriverWait wait;
  private Path downloads;
  private String caseA;
  /** Overdue since November 2026, the clock in January 2027 (past the shipped rate tables): its claim carries a rate forward. */
  private String overdueCase;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
        "Chromium is not installed: run `apt-get update && apt-get install -y chromium chromium-driver` as root"
            + " (.ci/run does it) to run the browser tests");
    service = TestService.start(dir.resolve("data"), Map.of("relance.clock.start", "2027-01-25T08:00:00Z"));
    String business = service.createBusiness();
    caseA = openCase(service, business, "Boulangerie Martin", "F-101", "1200.50", "2027-02-11");
    overdueCase = openCase(service, business, "Garage Durand", "G-7", "80", "2026-11-03");
    addUser(service, "owner@a.test", Role.OWNER, business);
    addUser(service, "admin@a.test", Role.ADMIN);
    var recorded = ClusterSharding.get(service.relance().system()).entityRefFor(DebtorCase.ENTITY_KEY, caseA)
        .<CaseReply>ask(r -> new CaseCommand.RecordMessage(CaseEvent.Direction.IN, "telegram", HOSTILE, null, null,
            "msg-1", r),
            Duration.ofSeconds(10)).toCompletableFuture().get();
    assertInstanceOf(CaseReply.Accepted.class, recorded);
    var notice = ClusterSharding.get(service.relance().system()).entityRefFor(DebtorCase.ENTITY_KEY, caseA)
        .<CaseReply>ask(r -> new CaseCommand.RecordMessage(CaseEvent.Direction.OUT, Party.OWNER, "telegram", "1801",
            "Boulangerie Martin a écrit : merci de me rappeler.", CaseEvent.Delivery.DELIVERED, null, "msg-2", r),
            Duration.ofSeconds(10)).toCompletableFuture().get();
    assertInstanceOf(CaseReply.Accepted.class, notice);

    downloads = Files.createDirectories(dir.resolve("downloads"));
    browser = headlessChromium(downloads);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.close();
    }
  }

  private String url(String path) {
    return "http://localhost:" + service.relance().httpPort() + path;
  }

  private void signIn(String password) {
    signIn("owner@a.test", password);
  }

  private void signIn(String email, String password) {
    browser.manage().deleteAllCookies();
    browser.get(url("/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("signin")).click();
  }

  /** Saves what the browser shows under target/admin-screens, to look at after a run. */
  private void screenshot(String name) {
    try {
      Path target = Files.createDirectories(Path.of("target", "admin-screens"));
      Files.write(target.resolve(name + ".png"),
          ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<String> listedDebtors() {
    return browser.findElements(By.cssSelector("#cases .case-link")).stream().map(WebElement::getText).toList();
  }

  @Test
  void aWrongPasswordIsAnsweredCourteously() {
    signIn("not the password");
    WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
    assertTrue(message.getText().matches("(?s).*(did not match|ne correspond pas).*"), message.getText());
  }

  @Test
  void signInFilterOpenACaseReadItsTimelineAndDownloadItsJournal() throws Exception {
    signIn(PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
    eventually("both cases listed", () -> {
      browser.navigate().refresh();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
      return listedDebtors().size() == 2;
    });

    browser.findElement(By.id("filter-q")).sendKeys("F-101");
    browser.findElement(By.id("filter-apply")).click();
    wait.until(d -> listedDebtors().equals(List.of("Boulangerie Martin")));
    screenshot("cases");
    String stage = browser.findElement(By.cssSelector("#cases .stage")).getText();
    browser.findElement(By.id("filter-q")).clear();
    new Select(browser.findElement(By.id("filter-stage"))).selectByValue(stage);
    browser.findElement(By.id("filter-apply")).click();
    wait.until(d -> d.getCurrentUrl().contains("stage=" + stage) && !listedDebtors().isEmpty());
    assertTrue(listedDebtors().contains("Boulangerie Martin"));

    browser.findElement(By.linkText("Boulangerie Martin")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
    assertEquals("Boulangerie Martin", browser.findElement(By.id("case-title")).getText());
    assertTrue(browser.findElements(By.id("personal-data-erase")).isEmpty(), "an owner is not offered the erasure");
    assertEquals(stage, browser.findElement(By.cssSelector("#facts [data-fact=stage]")).getText());
    assertTrue(browser.findElement(By.cssSelector("#facts [data-fact=invoices]")).getText().contains("F-101"));
    List<String> types = browser.findElements(By.cssSelector("#timeline tbody tr")).stream()
        .map(row -> row.getAttribute("data-type")).toList();
    assertEquals("CaseOpened", types.get(0));
    assertTrue(types.contains("MessageRecorded"), types.toString());
    List<String> parties = browser.findElements(By.cssSelector("#timeline .message-party")).stream()
        .map(WebElement::getText).toList();
    assertTrue(parties.stream().anyMatch(p -> p.matches("(received from the debtor|reçu du débiteur) · telegram")),
        parties.toString());
    assertTrue(parties.stream().anyMatch(p -> p.matches(
        "(sent to the creditor, not to the debtor|adressé au créancier, non au débiteur) \\(chat 1801\\) · telegram")),
        "the owner's notice is not shown as sent to the debtor: " + parties);

    screenshot("case");
    browser.findElement(By.id("download-journal")).click();
    Path file = downloads.resolve("case-" + caseA + "-journal.json");
    eventually("the journal is downloaded", () -> Files.exists(file) && file.toFile().length() > 0);
    JsonNode journal = new ObjectMapper().readTree(file.toFile());
    assertEquals("CaseOpened", journal.get(0).path("type").asText());
    assertTrue(journal.findValuesAsText("text").contains(HOSTILE));
  }

  @Test
  void aDebtorsMessageWithHtmlShowsAsTextAndRunsNothing() {
    signIn(PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
    browser.get(url("/#/case/" + caseA));
    WebElement message = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline .message")));
    assertEquals(HOSTILE, message.getText(), "shown verbatim, as text");
    assertTrue(browser.findElements(By.tagName("img")).isEmpty(), "no image element was created");
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no alert ran");
  }

  @Test
  void aClaimWithACarriedForwardRateSaysSoToTheOwner() {
    signIn(PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
    browser.get(url("/#/case/" + overdueCase));
    WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-provisional")));
    screenshot("claim-provisional");
    assertTrue(notice.getText().matches("(?s)(Provisional amount|Montant provisoire).*"), notice.getText());
    assertTrue(notice.getText().matches("(?s).*(January–June 2027|1er semestre 2027) — .*(July–December 2026|2nd semestre 2026)"
        + " \\(ECB press release.*"), notice.getText());
  }

  @Test
  void theAgeingIsDrawnWithTheWeightedAverageLabelled() {
    signIn(PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
    browser.findElement(By.id("nav-ageing")).click();
    WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart")));
    assertEquals(5, chart.findElements(By.tagName("rect")).size(), "five buckets");
    screenshot("ageing");
    assertTrue(chart.findElement(By.className("weighted")).getText().matches("(?s).*(weighted by amount|pondéré).*"));
  }

  /**
   * The ageing page also shows the chart the bot sends with /stats, drawn by the server as a PNG, and the
   * DSO line: both invoices were issued on 1 August, before the 90 days ending 25 January, so there are
   * no sales in the period and the page says so rather than dividing by zero.
   */
  @Test
  void theAgeingPageShowsTheServersChartAndTheDso() {
    signIn(PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
    browser.findElement(By.id("nav-ageing")).click();
    WebElement chart = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart")));
    WebElement image = chart.findElement(By.className("stats-chart"));
    wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
        .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image)).intValue() > 0);
    assertEquals(900L, ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return arguments[0].naturalWidth", image), "the PNG was served and decoded");
    assertTrue(image.getAttribute("src").contains("/web/api/stats.png?business="), image.getAttribute("src"));
    assertTrue(chart.findElement(By.className("dso")).getText()
        .matches("DSO ?: (aucune facture émise ces 90 derniers jours|no invoice issued in the last 90 days)\\."),
        chart.findElement(By.className("dso")).getText());
    screenshot("ageing-chart");
  }

  @Test
  void anAdminAddsAnAccountFromThePageAndAnOwnerSeesNoAccountsLink() {
    signIn(PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
    assertFalse(browser.findElement(By.id("nav-accounts")).isDisplayed());

    signIn("admin@a.test", PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-accounts"))).click();
    WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("add-account")));
    form.findElement(By.name("email")).sendKeys("compta@cabinet.test");
    new Select(form.findElement(By.name("role"))).selectByValue("accountant");
    new Select(form.findElement(By.name("businesses"))).selectByIndex(0);
    form.findElement(By.name("password")).sendKeys(PASSWORD);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    // the list is drawn again when the account is added: an element read while it is redrawn is looked up again
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector("#accounts .account-email")).stream()
            .anyMatch(e -> e.getText().equals("compta@cabinet.test")));
    screenshot("accounts");
    assertTrue(accounts(service).find("compta@cabinet.test").orElseThrow().businessIds().size() == 1);
  }

  @Test
  void theFirstAdminIsCreatedFromTheLinkPrintedAtStartAndTheLinkServesOnce(@TempDir Path empty) {
    try (TestService fresh = TestService.start(empty)) {
      String link = "http://localhost:" + fresh.relance().httpPort() + fresh.relance().firstAdminPath();
      browser.manage().deleteAllCookies();
      browser.get(link);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys("ops@relance.test");
      browser.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.findElement(By.id("password2")).sendKeys(PASSWORD + " typo");
      browser.findElement(By.id("create-admin")).click();
      WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
      assertTrue(problem.getText().matches("(?s).*(passwords differ|mots de passe diffèrent).*"), problem.getText());
      browser.findElement(By.id("email")).sendKeys("ops@relance.test");
      browser.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.findElement(By.id("password2")).sendKeys(PASSWORD);
      screenshot("first-admin");
      browser.findElement(By.id("create-admin")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
      assertEquals("ops@relance.test (admin)", browser.findElement(By.id("who")).getText());

      browser.manage().deleteAllCookies();
      browser.get(link);
      WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
      assertTrue(refused.getText().matches("(?s).*(exists already|existe déjà).*"), refused.getText());
    }
  }

  @Test
  void anAdministratorErasesAClosedCasesDebtorFromTheCasePage() {
    String business = service.get("/api/cases/" + caseA).text("businessId");
    String closed = openCase(service, business, "Épicerie Roux", "R-1", "50", "2027-02-11");
    assertEquals(200, service.post("/api/cases/" + closed + "/cancel", "").status());
    browser.manage().deleteAllCookies();
    signIn("admin@a.test", PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
    browser.get(url("/#/case/" + closed));
    wait.until(ExpectedConditions.textToBe(By.id("case-title"), "Épicerie Roux"));
    assertFalse(browser.findElements(By.id("personal-data-export")).isEmpty(), "the export is offered");
    browser.findElement(By.id("personal-data-erase")).click();
    var prompt = wait.until(ExpectedConditions.alertIsPresent());
    prompt.sendKeys("the debtor asked");
    prompt.accept();
    wait.until(ExpectedConditions.textToBe(By.id("case-title"), org.relance.debtorcase.PersonalFields.ERASED));
    screenshot("case-erased");
  }

  @Test
  void anOwnerSignsInWithAOneTimeLink() {
    browser.manage().deleteAllCookies();
    String token = new org.relance.accounts.SignInLinks(service.relance().dataSource(), accounts(service),
        java.time.Clock.systemUTC()).create(accounts(service).find("owner@a.test").orElseThrow(), Duration.ofMinutes(5));
    browser.get(url("/signin/link/" + token));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filters")));
    assertEquals("owner@a.test (owner)", browser.findElement(By.id("who")).getText());
  }

  @Test
  void anOwnerSettlesADisputeByCreditNoteFromTheCasePage() throws Exception {
    String other = service.createBusiness();
    String disputed = openCase(service, other, "Fromagerie Blanc", "H-3", "500", "2027-01-03");
    addUser(service, "owner@b.test", Role.OWNER, other);
    var opened = ClusterSharding.get(service.relance().system()).entityRefFor(DebtorCase.ENTITY_KEY, disputed)
        .<CaseReply>ask(r -> new CaseCommand.OpenDispute("Une meule arrivée abîmée", "dispute-1", r),
            Duration.ofSeconds(10)).toCompletableFuture().get();
    assertInstanceOf(CaseReply.Accepted.class, opened);
    signIn("owner@b.test", PASSWORD);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases")));
    browser.get(url("/#/case/" + disputed));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispute-form")));
    assertEquals("Une meule arrivée abîmée", browser.findElement(By.cssSelector("#facts [data-fact=dispute]")).getText());
    new Select(browser.findElement(By.id("dispute-outcome"))).selectByValue("credit_note");
    browser.findElement(By.id("dispute-amount")).sendKeys("120,50");
    screenshot("dispute");
    browser.findElement(By.id("dispute-resolve")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dispute-form")));
    wait.until(d -> d.findElement(By.cssSelector("#facts [data-fact=balance]")).getText().contains("379"));
    assertTrue(browser.findElements(By.cssSelector("#facts [data-fact=dispute]")).isEmpty());
    var settled = ClusterSharding.get(service.relance().system()).entityRefFor(DebtorCase.ENTITY_KEY, disputed)
        .<CaseReply>ask(CaseCommand.Get::new, Duration.ofSeconds(10)).toCompletableFuture().get();
    var view = ((CaseReply.Accepted) settled).view();
    assertNull(view.dispute());
    assertEquals(0, new java.math.BigDecimal("379.50").compareTo(view.balance()));
    assertTrue(view.payments().get(0).credit(), "recorded as a credit, not a payment");
  }
}
