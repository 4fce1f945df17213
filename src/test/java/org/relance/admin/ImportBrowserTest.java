package org.relance.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relance.accounts.Role;
import org.relance.app.TestService;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.relance.admin.AdminFixture.*;

/**
 * The admin page's import in a real headless Chromium: the owner picks a ledger whose client column
 * has a header the mapping does not know, chooses it in the mapping, imports, and sees the progress
 * bar reach the end with the counts and the refused line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserTest {

  private TestService service;
  private WebDriver browser;
  private WebDriverWait wait;
  private Path ledger;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    assumeTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
        "Chromium is not installed: run `apt-get update && apt-get install -y chromium chromium-driver` as root");
    service = TestService.start(dir.resolve("data"));
    String business = service.createBusiness();
    addUser(service, "owner@a.test", Role.OWNER, business);
    ledger = dir.resolve("grand-livre.csv");
    Files.writeString(ledger, "Société;N° facture;Date;Échéance;Montant TTC;Reste dû\n"
        + "Boulangerie Martin;F-101;01/10/2026;31/10/2026;1 200,50;1 200,50\n"
        + "Boulangerie Martin;F-102;05/10/2026;04/11/2026;300,00;100,00\n"
        + "Garage Leroy;F-201;12/10/2026;11/11/2026;abc;840,00\n", StandardCharsets.UTF_8);
    browser = headlessChromium(Files.createDirectories(dir.resolve("downloads")));
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

  @Test
  void theOwnerChoosesAColumnImportsAndSeesTheProgressBarReachTheEnd() {
    browser.get("http://localhost:" + service.relance().httpPort() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email"))).sendKeys("owner@a.test");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("signin")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
    try {
      wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-import"))).click();
    } catch (RuntimeException e) {
      throw new AssertionError(browser.getPageSource(), e);
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-file"))).sendKeys(ledger.toString());
    browser.findElement(By.id("import-read")).click();
    Select client = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#import-mapping select[data-column=client]"))));
    assertEquals("", client.getFirstSelectedOption().getAttribute("value"), "no header named the client");
    assertEquals("N° facture", new Select(browser.findElement(By.cssSelector("select[data-column=number]")))
        .getFirstSelectedOption().getText());
    client.selectByValue("Société");
    browser.findElement(By.id("import-go")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-counts"), "Import"));
    var bar = browser.findElement(By.id("import-progress"));
    assertEquals(bar.getAttribute("max"), bar.getAttribute("value"), "the bar is full");
    assertTrue(browser.findElement(By.id("import-counts")).getText().matches(".*(Added|Ajoutées) ?: 2.*"),
        browser.findElement(By.id("import-counts")).getText());
    String refused = browser.findElement(By.id("import-rejected")).getText();
    assertTrue(refused.contains("4") && refused.contains("amount"), refused);
  }
}
