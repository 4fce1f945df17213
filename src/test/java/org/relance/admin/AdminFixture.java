package org.relance.admin;

import org.relance.accounts.Accounts;
import org.relance.accounts.PasswordHasher;
import org.relance.accounts.Role;
import org.relance.app.TestService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** The admin page's test world: the real service, businesses, cases with chosen debtors, accounts. */
final class AdminFixture {

  static final String PASSWORD = "a long enough password";

  private AdminFixture() {}

  static Accounts accounts(TestService service) {
    return new Accounts(service.relance().dataSource(), new PasswordHasher(), Clock.systemUTC());
  }

  static void addUser(TestService service, String email, Role role, String... businesses) {
    accounts(service).add(email, role, Set.of(businesses), PASSWORD);
  }

  /** Opens a case for {@code debtor} with one invoice; returns its id. */
  static String openCase(TestService service, String businessId, String debtor, String invoice, String amount,
                         String dueDate) {
    var created = service.post("/api/cases", """
        {"businessId": "%s", "debtor": {"name": %s, "type": "business", "phone": "+33612345678"},
         "invoices": [{"number": "%s", "amount": %s, "currency": "EUR", "issueDate": "2026-08-01", "dueDate": "%s"}]}"""
        .formatted(businessId, quote(debtor), invoice, amount, dueDate));
    if (created.status() != 201) {
      throw new IllegalStateException("case not created: " + created);
    }
    return created.text("id");
  }

  /** Waits (up to 20 s) for the read side to show what the test just wrote. */
  static void eventually(String what, BooleanSupplier condition) {
    Instant limit = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(limit)) {
        throw new AssertionError("still not true after 20 s: " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Debian's Chromium, headless, driven through its chromedriver (nothing downloaded); files saved to {@code downloads}. */
  static org.openqa.selenium.WebDriver headlessChromium(java.nio.file.Path downloads) {
    org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions()
        .setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,900");
    options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    return new org.openqa.selenium.chrome.ChromeDriver(new org.openqa.selenium.chrome.ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
  }
}
