package org.relance.debtorcase;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.common.PostalAddress;
import org.relance.ladder.LadderSettings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Businesses, debtors and invoices for case tests, with the default ladder. */
public final class CaseFixtures {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  public static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

  private CaseFixtures() {}

  public static LadderSettings defaultLadder() {
    return LadderSettings.from(ConfigFactory.parseFile(new java.io.File("src/main/resources/reference.conf"))
        .resolve().getConfig("relance.ladder"));
  }

  public static CaseTerms terms() {
    return new CaseTerms("biz-1", PARIS, Jurisdiction.FR, Language.FR, PlanPolicy.defaults(), defaultLadder());
  }

  public static Debtor debtor() {
    return new Debtor("Boulangerie Martin", DebtorType.BUSINESS, "SARL", "123456789",
        new PostalAddress("3 rue des Lilas", "69003", "Lyon", "FR"), "compta@martin.fr", "+33612345678",
        Language.FR, PARIS);
  }

  public static Invoice invoice(String number, String amount, LocalDate issued, LocalDate due) {
    return new Invoice(number, Money.of(amount, "EUR"), issued, due);
  }

  public static List<Invoice> oneInvoiceDue(LocalDate due) {
    return List.of(invoice("F-2026-101", "1200.50", due.minusDays(30), due));
  }

  public static Money eur(String amount) {
    return new Money(new BigDecimal(amount), java.util.Currency.getInstance("EUR"));
  }

  /** Start of a day in Paris, as an instant. */
  public static Instant parisMidnight(LocalDate day) {
    return day.atStartOfDay(PARIS).toInstant();
  }

  /** Actor test kit config: in-memory journal with serialization checks, Relance's JSON serialization. */
  public static Config testKitConfig() {
    return org.apache.pekko.persistence.testkit.javadsl.EventSourcedBehaviorTestKit.config()
        .withFallback(ConfigFactory.parseResources("relance-serialization.conf"))
        .withFallback(ConfigFactory.load());
  }
}
