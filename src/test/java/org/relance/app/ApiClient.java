package org.relance.app;

/** The JSON API as a test drives it, in-process ({@link TestService}) or in a child JVM ({@link ChildService}). */
public interface ApiClient {

  TestService.Answer get(String path);

  TestService.Answer post(String path, String json);

  /** A business in Paris with the default ladder; returns its id. */
  default String createBusiness() {
    TestService.Answer created = post("/api/businesses", """
        {"name": "Atelier Dupont", "address": {"street": "12 rue de la Paix", "postcode": "75002", "city": "Paris",
         "country": "FR"}, "legalId": "552 100 554 00012", "signatory": "Marie Dupont",
         "iban": "FR7630006000011234567890189", "bic": "AGRIFRPP", "language": "fr", "jurisdiction": "FR",
         "timezone": "Europe/Paris"}""");
    if (created.status() != 201) {
      throw new IllegalStateException("business not created: " + created);
    }
    return created.text("id");
  }

  /** A case with one invoice of 1 200,50 € due on {@code dueDate}; returns its id. */
  default String createCase(String businessId, String dueDate) {
    TestService.Answer created = post("/api/cases", """
        {"businessId": "%s", "debtor": {"name": "Boulangerie Martin", "type": "business", "legalForm": "SARL",
         "siren": "123456789", "address": {"street": "3 rue des Lilas", "postcode": "69003", "city": "Lyon"},
         "phone": "+33612345678"},
         "invoices": [{"number": "F-101", "amount": 1200.50, "currency": "EUR", "issueDate": "%s",
                       "dueDate": "%s"}]}""".formatted(businessId,
        java.time.LocalDate.parse(dueDate).minusDays(30), dueDate));
    if (created.status() != 201) {
      throw new IllegalStateException("case not created: " + created);
    }
    return created.text("id");
  }

  /**
   * Moves the clock {@code days} forward and returns once the move is done: a move answered 202 (still
   * going) is followed on {@code GET /api/clock} until it shows no {@code movesPending}, and answered as done.
   */
  default TestService.Answer advanceDays(long days) {
    TestService.Answer answer = post("/api/clock/advance", "{\"days\": " + days + "}");
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
    while (answer.status() == 202 && System.nanoTime() < deadline) {
      TestService.Answer clock = get("/api/clock");
      if (!clock.body().has("movesPending")) {
        com.fasterxml.jackson.databind.node.ObjectNode done = clock.body().deepCopy();
        done.put("target", answer.text("target"));
        return new TestService.Answer(200, done);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return answer;
      }
    }
    return answer;
  }
}
