package org.relance.api;

import org.relance.business.BusinessProfile;
import org.relance.business.Jurisdiction;
import org.relance.business.PlanPolicy;
import org.relance.common.Language;
import org.relance.common.Money;
import org.relance.common.PaymentMethod;
import org.relance.common.PostalAddress;
import org.relance.debtorcase.CallOutcome;
import org.relance.debtorcase.CaseEvent;
import org.relance.debtorcase.Debtor;
import org.relance.debtorcase.DebtorType;
import org.relance.debtorcase.Installment;
import org.relance.debtorcase.Invoice;
import org.relance.debtorcase.PriorReminder;
import org.relance.ladder.Stage;
import org.relance.limits.InputLimits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.relance.api.InvalidInput.require;
import static org.relance.api.InvalidInput.required;
import static org.relance.api.InvalidInput.within;

/**
 * The JSON bodies the API accepts. Each turns itself into domain values, refusing bad input with
 * the name of the field at fault (a missing name, a zero amount, a due date before the issue date,
 * an unknown currency or time zone).
 */
public final class ApiRequests {

  private ApiRequests() {}

  /** {@code POST /api/businesses}. */
  public record BusinessBody(String name, PostalAddress address, String legalId, String signatory, String iban,
                             String bic, Language language, Jurisdiction jurisdiction, String timezone,
                             BigDecimal contractPenaltyRate, PlanPolicy planPolicy, Integer digestHour,
                             Map<String, Integer> ladderOverrides, Integer digestMinute, String paymentUrl,
                             Boolean emailWithChat) {

    BusinessProfile toProfile() {
      required(name, "name");
      within(InputLimits.text(name, InputLimits.NAME), "name");
      within(InputLimits.text(legalId, InputLimits.LINE), "legalId");
      within(InputLimits.text(signatory, InputLimits.NAME), "signatory");
      within(InputLimits.text(iban, InputLimits.LINE), "iban");
      within(InputLimits.text(bic, InputLimits.LINE), "bic");
      within(org.relance.payment.PaymentLink.problem(blankToNull(paymentUrl)), "paymentUrl");
      boundedAddress(address, "address");
      require(contractPenaltyRate == null || (long) contractPenaltyRate.precision() - contractPenaltyRate.scale() <= 3,
          "contractPenaltyRate", "must be at most 999 (percent per year)");
      require(contractPenaltyRate == null || contractPenaltyRate.signum() >= 0, "contractPenaltyRate",
          "must be zero or more (percent per year)");
      int hour = digestHour == null ? 9 : digestHour;
      require(hour >= 0 && hour <= 23, "digestHour", "must be an hour from 0 to 23");
      require(digestMinute == null || (digestMinute >= 0 && digestMinute <= 59), "digestMinute",
          "must be a minute from 0 to 59");
      if (planPolicy != null) {
        require(planPolicy.maxInstallments() >= 1 && planPolicy.maxInstallments() <= InputLimits.INSTALMENTS,
            "planPolicy.maxInstallments", "must be from 1 to " + InputLimits.INSTALMENTS);
        require(planPolicy.maxMonths() >= 1 && planPolicy.maxMonths() <= InputLimits.YEARS_AHEAD * 12,
            "planPolicy.maxMonths", "must be from 1 to " + InputLimits.YEARS_AHEAD * 12);
        require(planPolicy.minFirstPaymentPercent() != null && planPolicy.minFirstPaymentPercent().signum() >= 0
            && planPolicy.minFirstPaymentPercent().compareTo(BigDecimal.valueOf(100)) <= 0,
            "planPolicy.minFirstPaymentPercent", "must be between 0 and 100");
      }
      if (ladderOverrides != null) {
        ladderOverrides.forEach((setting, days) -> require(days != null, "ladderOverrides." + setting,
            "must be a number of days"));
      }
      return new BusinessProfile(name.strip(), address, legalId, signatory, iban, bic,
          language == null ? Language.FR : language, jurisdiction == null ? Jurisdiction.FR : jurisdiction,
          zone(timezone, "timezone", ZoneId.of("Europe/Paris")), contractPenaltyRate,
          planPolicy == null ? PlanPolicy.defaults() : planPolicy, hour,
          ladderOverrides == null ? Map.of() : Map.copyOf(ladderOverrides), digestMinute,
          blankToNull(paymentUrl) == null ? null : paymentUrl.strip(), emailWithChat);
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text;
    }
  }

  /** {@code POST /api/cases}. */
  public record CaseBody(String businessId, DebtorBody debtor, List<InvoiceBody> invoices,
                         List<PriorReminderBody> priorReminders) {

    List<Invoice> toInvoices(Clock clock) {
      List<InvoiceBody> list = required(invoices, "invoices");
      require(!list.isEmpty(), "invoices", "at least one invoice is required");
      within(InputLimits.count(list, InputLimits.INVOICES), "invoices");
      List<Invoice> result = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Invoice invoice = required(list.get(i), "invoices[" + i + "]").toInvoice("invoices[" + i + "]", clock);
        require(result.stream().noneMatch(x -> x.number().equals(invoice.number())), "invoices[" + i + "].number",
            "appears twice");
        require(result.isEmpty() || result.get(0).amount().currency().equals(invoice.amount().currency()),
            "invoices[" + i + "].currency", "all invoices of a case must be in the same currency");
        result.add(invoice);
      }
      return result;
    }

    List<PriorReminder> toPriorReminders(Clock clock) {
      if (priorReminders == null) {
        return List.of();
      }
      within(InputLimits.count(priorReminders, InputLimits.PRIOR_REMINDERS), "priorReminders");
      List<PriorReminder> result = new ArrayList<>();
      for (int i = 0; i < priorReminders.size(); i++) {
        PriorReminderBody r = required(priorReminders.get(i), "priorReminders[" + i + "]");
        Stage stage = required(r.stage(), "priorReminders[" + i + "].stage");
        require(stage.sends(), "priorReminders[" + i + "].stage", "must be a reminder that was sent, not " + stage.wire());
        LocalDate date = required(r.date(), "priorReminders[" + i + "].date");
        within(InputLimits.pastDate(date, clock), "priorReminders[" + i + "].date");
        result.add(new PriorReminder(stage, date));
      }
      return result;
    }
  }

  /** The debtor of {@code POST /api/cases}; language and time zone default to the business's. */
  public record DebtorBody(String name, DebtorType type, String legalForm, String siren, PostalAddress address,
                           String email, String phone, Language language, String timezone) {

    Debtor toDebtor(BusinessProfile business) {
      required(name, "debtor.name");
      within(InputLimits.text(name, InputLimits.NAME), "debtor.name");
      required(type, "debtor.type");
      within(InputLimits.text(legalForm, InputLimits.LINE), "debtor.legalForm");
      within(InputLimits.text(siren, InputLimits.LINE), "debtor.siren");
      within(InputLimits.text(email, InputLimits.LINE), "debtor.email");
      within(InputLimits.text(phone, InputLimits.LINE), "debtor.phone");
      boundedAddress(address, "debtor.address");
      require(siren == null || siren.replace(" ", "").matches("\\d{9}"), "debtor.siren", "must be 9 digits");
      return new Debtor(name.strip(), type, legalForm, siren == null ? null : siren.replace(" ", ""), address, email,
          phone, language == null ? business.language() : language,
          zone(timezone, "debtor.timezone", business.timezone()));
    }
  }

  /** One invoice. */
  public record InvoiceBody(String number, BigDecimal amount, String currency, LocalDate issueDate, LocalDate dueDate) {

    Invoice toInvoice(String field, Clock clock) {
      required(number, field + ".number");
      within(InputLimits.text(number.strip(), InputLimits.REFERENCE), field + ".number");
      LocalDate issued = required(issueDate, field + ".issueDate");
      within(InputLimits.date(issued, clock), field + ".issueDate");
      LocalDate due = required(dueDate, field + ".dueDate");
      within(InputLimits.date(due, clock), field + ".dueDate");
      require(!due.isBefore(issued), field + ".dueDate", "must not be before the issue date");
      return new Invoice(number.strip(), money(amount, currency, field), issued, due);
    }
  }

  /** A reminder sent before the case came in. */
  public record PriorReminderBody(Stage stage, LocalDate date) {}

  /** {@code POST /api/cases/{id}/payments}. */
  public record PaymentBody(BigDecimal amount, String currency, LocalDate date, PaymentMethod method) {}

  /**
   * {@code POST /api/cases/{id}/calls}: how the owner's call ended; {@code promisedOn} (required) and
   * {@code amount} (default: the balance) only with {@code promised}; {@code note}: the owner's words.
   */
  public record CallBody(CallOutcome outcome, LocalDate promisedOn, BigDecimal amount, String note) {

    LocalDate promiseDate(Clock clock) {
      CallOutcome given = required(outcome, "outcome");
      if (given != CallOutcome.PROMISED) {
        require(promisedOn == null, "promisedOn", "goes only with the outcome promised");
        require(amount == null, "amount", "goes only with the outcome promised");
        return null;
      }
      return date(required(promisedOn, "promisedOn"), "promisedOn", clock);
    }
  }

  /** {@code POST /api/cases/{id}/promises}. */
  public record PromiseBody(LocalDate date, BigDecimal amount, PaymentMethod method, String words) {}

  /** {@code POST /api/cases/{id}/plans}. */
  public record PlanBody(List<InstallmentBody> installments, String words) {

    List<Installment> toInstallments(Currency currency, Clock clock) {
      List<InstallmentBody> list = required(installments, "installments");
      require(!list.isEmpty(), "installments", "at least one instalment is required");
      within(InputLimits.count(list, InputLimits.INSTALMENTS), "installments");
      within(InputLimits.text(words, InputLimits.WORDS), "words");
      List<Installment> result = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        InstallmentBody body = required(list.get(i), "installments[" + i + "]");
        LocalDate date = required(body.date(), "installments[" + i + "].date");
        within(InputLimits.date(date, clock), "installments[" + i + "].date");
        require(result.isEmpty() || date.isAfter(result.get(result.size() - 1).date()), "installments[" + i + "].date",
            "instalments must be in date order");
        result.add(new Installment(date, money(body.amount(), currency.getCurrencyCode(), "installments[" + i + "]"),
            false));
      }
      return result;
    }
  }

  /** One instalment of a plan. */
  public record InstallmentBody(LocalDate date, BigDecimal amount) {}

  /** {@code POST /api/cases/{id}/claimed-payments}. */
  public record ClaimBody(LocalDate date, PaymentMethod method, String words) {}

  /** {@code POST /api/cases/{id}/claimed-payments/confirm}. */
  public record ConfirmClaimBody(BigDecimal amount) {}

  /** {@code POST /api/cases/{id}/disputes}. */
  public record DisputeBody(String reason) {}

  /** {@code POST /api/cases/{id}/disputes/resolve}. */
  public record ResolveBody(CaseEvent.DisputeOutcome outcome, BigDecimal amount) {}

  /**
   * {@code POST /api/cases/{id}/proceedings}: the debtor's collective proceedings, the opening judgment's day
   * (null: unknown; not in the future), who said so (default the owner) and in what words.
   */
  public record ProceedingsBody(org.relance.common.CollectiveProceedings kind, LocalDate judgmentDate,
                                org.relance.common.Party statedBy, String words) {}

  /** {@code POST /api/cases/{id}/important}: the customer is important (a gentler ladder by default), or no longer. */
  public record ImportantBody(Boolean important) {}

  /** {@code POST /api/cases/{id}/course}: the course the owner accepts ({@code plan}, {@code firm}, {@code early_handover}...). */
  public record CourseBody(org.relance.ladder.Steering course) {}

  /** {@code POST /api/cases/{id}/pause}. */
  public record PauseBody(LocalDate until) {}

  /** {@code POST /api/cases/{id}/delay-reasons}: why the debtor says the payment is late, in their words. */
  public record DelayReasonBody(org.relance.nlu.DelayReason reason, String words) {}

  // --- letters in the owner's chat
  /** {@code POST /api/cases/{id}/letters/{stage}/posted}: the day (default today) and a registered letter's number. */
  public record LetterPostedBody(LocalDate date, String registeredNumber) {

    /** The letter rung named in the path. */
    static Stage letter(String wire) {
      try {
        Stage stage = Stage.fromWire(wire);
        require(stage.isLetter(), "stage", "must be first_letter, warning_letter or formal_notice");
        return stage;
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("stage", "must be first_letter, warning_letter or formal_notice");
      }
    }
  }

  /** {@code POST /api/clock/advance}: days or hours. */
  public record AdvanceBody(Long days, Long hours) {}

  /** An amount that must be positive, in a known currency. */
  static Money money(BigDecimal amount, String currency, String field) {
    BigDecimal value = required(amount, field + ".amount");
    within(InputLimits.amount(value), field + ".amount");
    String code = required(currency, field + ".currency");
    try {
      return new Money(value, Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field + ".currency", "unknown currency '" + code + "'");
    }
  }

  /** A date in the sane window ({@link InputLimits#date}); null stays null. */
  static LocalDate date(LocalDate value, String field, Clock clock) {
    within(InputLimits.date(value, clock), field);
    return value;
  }

  /** A date of something already done: in the window and not in the future; null stays null. */
  static LocalDate pastDate(LocalDate value, String field, Clock clock) {
    within(InputLimits.pastDate(value, clock), field);
    return value;
  }

  /** Free words within {@link InputLimits#WORDS}; null stays null. */
  static String words(String value, String field) {
    within(InputLimits.text(value, InputLimits.WORDS), field);
    return value;
  }

  private static void boundedAddress(PostalAddress address, String field) {
    InputLimits.address(address).ifPresent(problem -> {
      throw new InvalidInput(field + "." + problem.part(), problem.reason());
    });
  }

  private static ZoneId zone(String id, String field, ZoneId fallback) {
    if (id == null || id.isBlank()) {
      return fallback;
    }
    within(InputLimits.text(id, InputLimits.IDENTIFIER), field);
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new InvalidInput(field, "unknown time zone '" + id + "' (e.g. Europe/Paris)");
    }
  }
}
