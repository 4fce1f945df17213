package org.relance.debtorpage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relance.app.TestService;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The debtor page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * nothing downloaded), on a phone-sized window: the verification question answered wrong then right,
 * the tries limited (the link locked at the limit), then a promise, a plan within the business's
 * policy, "I have paid" and a dispute, each seen landing in the case through the API, in French and in
 * English. Without Chromium the tests are reported skipped with the command that installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebtorPageBrowserTest {

  private TestService service;
  private WebDriver browser;
  private WebDriverWait wait;
  private String business;

  @BeforeAll
  void start(@TempDir Path dir) {
    assumeTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
        "Chromium is not installed: run `apt-get update && apt-get install -y chromium chromium-driver` as root"
            + " (.ci/run does it) to run the browser tests");
    service = TestService.start(dir.resolve("data"));
    business = service.createBusiness();
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=390,844");
    browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
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

  /** A case whose debtor speaks {@code language}, with invoice {@code number} of 1 200,50 €; its id. */
  private String openCase(String language, String number) {
    TestService.Answer created = service.post("/api/cases", """
        {"businessId": "%s", "debtor": {"name": "Boulangerie Martin", "type": "business", "language": "%s",
         "address": {"street": "3 rue des Lilas", "postcode": "69003", "city": "Lyon"}, "phone": "+33612345678"},
         "invoices": [{"number": "%s", "amount": 1200.50, "currency": "EUR", "issueDate": "2026-10-01",
                       "dueDate": "2026-11-01"}]}""".formatted(business, language, number));
    assertEquals(201, created.status(), created.toString());
    return created.text("id");
  }

  private void openPage(String caseId) {
    browser.manage().deleteAllCookies();
    browser.get(service.relance().debtorPage().links().urlFor(caseId)
        .replaceFirst("^https?://[^/]+", "http://127.0.0.1:" + service.relance().httpPort()));
  }

  private void answer(String text) {
    var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer")));
    field.clear();
    field.sendKeys(text);
    browser.findElement(By.id("verify")).click();
  }

  /** Opens the case's page and answers wrong, then right ({@code proof}); the case's page shows. */
  private void verified(String caseId, String proof, String triesLeft) {
    openPage(caseId);
    answer("F-0");
    String problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText();
    assertTrue(problem.contains(triesLeft), problem);
    assertEquals("answer", browser.switchTo().activeElement().getAttribute("id"), "the focus is on the field to correct");
    answer(proof);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invoices")));
    assertTrue(browser.findElement(By.id("balance")).getText().matches(".*1\\D?200[.,]50.*"),
        browser.findElement(By.id("balance")).getText());
    assertTrue(browser.findElement(By.id("payment")).getText().contains("FR76 3000 6000 0112 3456 7890 189"),
        browser.findElement(By.id("payment")).getText());
    // the payment QR code is shown: served by the page itself, allowed by its CSP
    wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
        "return document.getElementById('qr').naturalWidth;")).intValue() > 0);
    assertFalse((Boolean) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"),
        "no horizontal scroll on a phone");
  }

  /** Opens the one-click form {@code name}, fills {@code field} (if any) and sends it; the answer shows. */
  private void oneClick(String name, String field, String value) {
    browser.findElement(By.cssSelector("#" + name + " summary")).click();
    if (field != null) {
      var input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(field)));
      input.sendKeys(value);
    }
    browser.findElement(By.id(name + "-send")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conversation")));
    screenshot(name + "-" + browser.findElement(By.tagName("html")).getAttribute("lang"));
  }

  /** Presses the dialogue's choice labelled {@code label} under its last message. */
  private void choose(String label) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='choices']//button[normalize-space()='"
        + label + "']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conversation")));
  }

  private JsonNode eventually(String caseId, String what, Predicate<JsonNode> landed) {
    Instant limit = Instant.now().plusSeconds(20);
    JsonNode view = service.get("/api/cases/" + caseId).body();
    while (!landed.test(view)) {
      assertTrue(Instant.now().isBefore(limit), what + " never landed in the case: " + view);
      view = service.get("/api/cases/" + caseId).body();
    }
    return view;
  }

  private void screenshot(String name) {
    try {
      Path target = Files.createDirectories(Path.of("target", "debtor-page-screens"));
      Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void inFrenchAPromiseAPlanAPaymentAndADisputeLandInTheirCases() {
    String promise = openCase("fr", "F-201");
    verified(promise, "F-201", "Essais restants : 2");
    screenshot("fr-page");
    oneClick("promise", "promise-date", "15/12/2026");
    assertTrue(browser.findElement(By.id("conversation")).getText().contains("Je vous règle le mardi 15 décembre"));
    assertTrue(browser.findElement(By.id("conversation")).getText().contains("C'est bien ça ?"), "the dialogue asks");
    choose("Oui");
    assertEquals("2026-12-15", eventually(promise, "the promise", v -> !v.path("promise").isNull())
        .path("promise").path("date").asText());

    String plan = openCase("fr", "F-202");
    verified(plan, "69003", "Essais restants : 2");
    oneClick("plan", null, null);
    choose("Oui");
    JsonNode planned = eventually(plan, "the plan", v -> !v.path("plan").isNull());
    assertTrue(planned.path("plan").path("agreed").asBoolean(), "within the policy, agreed alone: " + planned);

    String paid = openCase("fr", "F-203");
    verified(paid, "F-203", "Essais restants : 2");
    oneClick("paid", "paid-date", "20/11/2026");
    assertEquals("2026-11-20", eventually(paid, "the payment claimed", v -> !v.path("claimedPayment").isNull())
        .path("claimedPayment").path("date").asText());

    String dispute = openCase("fr", "F-204");
    verified(dispute, "F-204", "Essais restants : 2");
    oneClick("dispute", "dispute-reason", "La commande n'a jamais été livrée.");
    eventually(dispute, "the dispute", v -> !v.path("dispute").isNull());
    screenshot("fr-dispute");
  }

  @Test
  void inEnglishAPromiseAPlanAPaymentAndADisputeLandInTheirCases() {
    String promise = openCase("en", "E-301");
    verified(promise, "E-301", "Tries left: 2");
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    oneClick("promise", "promise-date", "2026-12-18");
    assertTrue(browser.findElement(By.id("conversation")).getText().contains("I will pay on"));
    choose("Yes");
    assertEquals("2026-12-18", eventually(promise, "the promise", v -> !v.path("promise").isNull())
        .path("promise").path("date").asText());

    String plan = openCase("en", "E-302");
    verified(plan, "E-302", "Tries left: 2");
    oneClick("plan", null, null);
    choose("Yes");
    assertTrue(eventually(plan, "the plan", v -> !v.path("plan").isNull()).path("plan").path("agreed").asBoolean());

    String paid = openCase("en", "E-303");
    verified(paid, "69003", "Tries left: 2");
    oneClick("paid", "paid-date", "21/11/2026");
    eventually(paid, "the payment claimed", v -> !v.path("claimedPayment").isNull());

    String dispute = openCase("en", "E-304");
    verified(dispute, "E-304", "Tries left: 2");
    oneClick("dispute", "dispute-reason", "I never received the goods.");
    eventually(dispute, "the dispute", v -> !v.path("dispute").isNull());
    screenshot("en-dispute");
  }

  @Test
  void aBadDateIsExplainedAndWhatWasTypedKept() {
    String caseId = openCase("fr", "F-205");
    verified(caseId, "F-205", "Essais restants : 2");
    browser.findElement(By.cssSelector("#promise summary")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("promise-date"))).sendKeys("31/02/2026");
    browser.findElement(By.id("promise-send")).click();
    assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem"))).getText()
        .contains("date valide"));
    assertEquals("31/02/2026", browser.findElement(By.id("promise-date")).getAttribute("value"));
    assertTrue(service.get("/api/cases/" + caseId).body().path("promise").isNull());
  }

  @Test
  void theLinkLocksAfterTheTriesAndSwitchesLanguage() {
    String caseId = openCase("fr", "F-206");
    openPage(caseId);
    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your account"));
    answer("F-1");
    answer("F-2");
    answer("F-3");
    assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText()
        .contains("Atelier Dupont will contact you directly"));
    openPage(caseId);
    assertTrue(browser.findElements(By.id("answer")).isEmpty(), "locked: the question is not asked again");
  }
}
