package org.relance.letters;

import com.typesafe.config.ConfigFactory;
import org.relance.business.BusinessProfile;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.common.PostalAddress;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.Invoice;
import org.relance.ladder.Stage;
import org.relance.letters.claim.RateTables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Businesses, debtors and cases used across the letters tests, with the shipped rate tables. */
final class LetterFixtures {

  private LetterFixtures() {}

  static RateTables rates() {
    return RateTables.fromConfig(ConfigFactory.load());
  }

  static BusinessProfile frenchBusiness(BigDecimal contractRate) {
    return new BusinessProfile("Menuiserie Dupont SARL",
        new PostalAddress("12 rue des Artisans", "69003", "Lyon", "France"), "SIREN 512 345 678",
        "Claire Dupont, gérante", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPPXXX", Language.FR,
        Jurisdiction.FR, ZoneId.of("Europe/Paris"), contractRate, PlanPolicy.defaults(), 9, Map.of());
  }

  static BusinessProfile ukBusiness() {
    return new BusinessProfile("Thames Joinery Ltd",
        new PostalAddress("4 Wharf Road", "SE1 9PG", "London", "United Kingdom"), "Company no. 09876543",
        "James Cole, Director", "GB33 BUKB 2020 1555 5555 55", "BUKBGB22", Language.EN, Jurisdiction.UK,
        ZoneId.of("Europe/London"), null, PlanPolicy.defaults(), 9, Map.of());
  }

  static Debtor company(Language language) {
    return new Debtor("Boulangerie Martin SAS", DebtorType.BUSINESS, "SAS", "823 456 789",
        new PostalAddress("5 place du Marché", "69002", "Lyon", "France"), "compta@martin.example", null,
        language, ZoneId.of("Europe/Paris"));
  }

  static Debtor person(Language language) {
    return new Debtor("Mme Sophie Bernard", DebtorType.CONSUMER, null, null,
        new PostalAddress("8 allée des Tilleuls", "69100", "Villeurbanne", "France"), null, "+33600000000",
        language, ZoneId.of("Europe/Paris"));
  }

  static Debtor ukCompany() {
    return new Debtor("Bridge Cafés Ltd", DebtorType.BUSINESS, "Ltd", null,
        new PostalAddress("77 High Street", "N1 8XX", "London", "United Kingdom"), "accounts@bridge.example",
        null, Language.EN, ZoneId.of("Europe/London"));
  }

  static Invoice invoice(String number, String amount, String currency, LocalDate issued, LocalDate due) {
    return new Invoice(number, Money.of(amount, currency), issued, due);
  }

  static Invoice eur(String number, String amount, LocalDate due) {
    return invoice(number, amount, "EUR", due.minusDays(30), due);
  }

  static Payment paid(LocalDate on, String amount, String currency) {
    return new Payment(on, Money.of(amount, currency));
  }

  static SentReminder sent(Stage stage, LocalDate on) {
    return new SentReminder(stage, on);
  }

  static LetterCase file(BusinessProfile business, Debtor debtor, List<Invoice> invoices, List<Payment> payments,
      List<SentReminder> reminders) {
    return LetterCase.of("case-42", business, debtor, invoices, payments, reminders);
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
