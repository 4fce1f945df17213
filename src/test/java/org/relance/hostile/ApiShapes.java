package org.relance.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The JSON API's routes that take a body, each with a valid body of the shape
 * {@code org.relance.api.ApiRequests} reads, for {@link BodyMutator} to spoil field by field. A path
 * holds {@code {case}} or {@code {business}} where the barrage puts an id (real or hostile).
 */
public final class ApiShapes {

  /** A route that takes a JSON body: how often the barrage picks it, its path, a valid body. */
  public record Shape(String name, String method, String path, int weight, String validBody) {

    public ObjectNode body() {
      try {
        return (ObjectNode) JSON.readTree(validBody);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("shape " + name + " is not JSON", e);
      }
    }
  }

  /** A route without a body (a bare command, or a read). */
  public record Bare(String name, String method, String path, int weight) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ADDRESS = """
      {"street": "3 rue des Lilas", "postcode": "69003", "city": "Lyon", "country": "FR"}""";

  public static final List<Shape> WITH_BODY = List.of(
      new Shape("business", "POST", "/api/businesses", 4, """
          {"name": "Atelier Hostile", "address": %s, "legalId": "552 100 554 00012", "signatory": "Marie Dupont",
           "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP", "language": "fr", "jurisdiction": "FR",
           "timezone": "Europe/Paris", "contractPenaltyRate": 10.5,
           "planPolicy": {"maxInstallments": 3, "maxMonths": 3, "minFirstPaymentPercent": 20},
           "digestHour": 9, "digestMinute": 0, "ladderOverrides": {"first-letter-days-after": 20}}""".formatted(ADDRESS)),
      new Shape("business-change", "PUT", "/api/businesses/{business}", 2, """
          {"name": "Atelier Dupont", "address": %s, "language": "fr", "jurisdiction": "FR",
           "timezone": "Europe/Paris", "digestHour": 9}""".formatted(ADDRESS)),
      new Shape("case", "POST", "/api/cases", 12, """
          {"businessId": "{business}", "debtor": {"name": "Boulangerie Martin", "type": "business",
           "legalForm": "SARL", "siren": "123456789", "address": %s, "email": "compta@martin.example",
           "phone": "+33612345678", "language": "fr", "timezone": "Europe/Paris"},
           "invoices": [{"number": "F-201", "amount": 1200.50, "currency": "EUR", "issueDate": "2026-10-01",
                         "dueDate": "2026-10-31"}],
           "priorReminders": [{"stage": "friendly", "date": "2026-11-05"}]}""".formatted(ADDRESS)),
      new Shape("invoice", "POST", "/api/cases/{case}/invoices", 5, """
          {"number": "F-301", "amount": 80.00, "currency": "EUR", "issueDate": "2026-10-15", "dueDate": "2026-11-14"}"""),
      new Shape("payment", "POST", "/api/cases/{case}/payments", 6, """
          {"amount": 10.00, "currency": "EUR", "date": "2026-11-20", "method": "transfer"}"""),
      new Shape("promise", "POST", "/api/cases/{case}/promises", 6, """
          {"date": "2026-12-15", "amount": 100.00, "method": "transfer", "words": "je paie le 15"}"""),
      new Shape("call", "POST", "/api/cases/{case}/calls", 4, """
          {"outcome": "promised", "promisedOn": "2026-12-15", "amount": 100.00, "note": "au téléphone"}"""),
      new Shape("plan", "POST", "/api/cases/{case}/plans", 5, """
          {"installments": [{"date": "2026-12-01", "amount": 400.00}, {"date": "2027-01-01", "amount": 400.00},
           {"date": "2027-02-01", "amount": 400.50}], "words": "en trois fois"}"""),
      new Shape("claim", "POST", "/api/cases/{case}/claimed-payments", 4, """
          {"date": "2026-11-20", "method": "cheque", "words": "c'est payé"}"""),
      new Shape("claim-confirm", "POST", "/api/cases/{case}/claimed-payments/confirm", 3, """
          {"amount": 50.00}"""),
      new Shape("dispute", "POST", "/api/cases/{case}/disputes", 4, """
          {"reason": "la livraison était incomplète"}"""),
      new Shape("dispute-resolve", "POST", "/api/cases/{case}/disputes/resolve", 3, """
          {"outcome": "corrected_amount", "amount": 100.00}"""),
      new Shape("pause", "POST", "/api/cases/{case}/pause", 3, """
          {"until": "2026-12-10"}"""),
      new Shape("delay-reason", "POST", "/api/cases/{case}/delay-reasons", 3, """
          {"reason": "cash_flow", "words": "trésorerie tendue"}"""),
      new Shape("letter-posted", "POST", "/api/cases/{case}/letters/first_letter/posted", 3, """
          {"date": "2026-11-23", "registeredNumber": "1A 234 567 8901 2"}"""),
      new Shape("clock", "POST", "/api/clock/advance", 1, """
          {"hours": 1}"""));

  public static final List<Bare> BARE = List.of(
      new Bare("cases-list", "GET", "/api/cases?stage={text}&status={text}&profile={text}&businessId={text}", 3),
      new Bare("cases-page", "GET", "/api/cases?limit={text}&cursor={text}", 1),
      new Bare("case-get", "GET", "/api/cases/{case}", 3),
      new Bare("journal", "GET", "/api/cases/{case}/journal", 2),
      new Bare("personal-data", "GET", "/api/cases/{case}/personal-data", 1),
      new Bare("claim-at", "GET", "/api/cases/{case}/claim?date={date}", 3),
      new Bare("limitation", "GET", "/api/cases/{case}/limitation", 1),
      new Bare("letter-preview", "GET", "/api/cases/{case}/letters/{text}.pdf?preview={text}", 1),
      new Bare("business-get", "GET", "/api/businesses/{business}", 2),
      new Bare("clock-get", "GET", "/api/clock", 1),
      new Bare("promise-broken", "POST", "/api/cases/{case}/promises/confirm-broken", 1),
      new Bare("plan-approve", "POST", "/api/cases/{case}/plans/approve", 1),
      new Bare("plan-reject", "POST", "/api/cases/{case}/plans/reject", 1),
      new Bare("claim-deny", "POST", "/api/cases/{case}/claimed-payments/deny", 1),
      new Bare("resume", "POST", "/api/cases/{case}/resume", 1),
      new Bare("task-done", "POST", "/api/cases/{case}/tasks/{text}/done", 1),
      new Bare("task-snooze", "POST", "/api/cases/{case}/tasks/{text}/snooze", 1),
      new Bare("stop-contact", "POST", "/api/cases/{case}/stop-contact", 1),
      new Bare("invitation", "POST", "/api/cases/{case}/invitation", 1),
      new Bare("write-off", "POST", "/api/cases/{case}/write-off", 1),
      new Bare("cancel", "POST", "/api/cases/{case}/cancel", 1),
      new Bare("owner-invitation", "POST", "/api/businesses/{business}/invitation", 1));

  private ApiShapes() {}
}
