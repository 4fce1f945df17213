package org.relance.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.relance.app.Relance;
import org.relance.common.Language;
import org.relance.dialogue.DebtorChats;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service's {@link ScriptHooks}, through its own JSON API (as an operator would): {@code setup}
 * registers a {@code business} (keeping its owner invitation for {@code {invitation}} in texts) and
 * opens {@code cases}, each named by an {@code alias} (the alias is the idempotency key, so ids are
 * stable; {@code {case:alias}} in texts is its id, {@code {invitation:alias}} its debtor's invitation
 * token), then sends {@code commands} as the API does
 * ({@code case}, {@code command} such as {@code plans}, {@code body}); {@code debtors} binds debtor chats to
 * cases, already verified, as if the debtor had opened their invitation and confirmed the invoice
 * ({@code case: alias}, {@code chat}, {@code language}, through {@link DebtorChats}; {@code verified: false}
 * for a chat bound but not verified yet); {@code exchange}
 * records a two-way exchange in a debtor chat now ({@code case}, {@code chat}), as the debtor's side
 * does when the debtor writes and the bot answers; the setup ends once the read sides hold all of it
 * (a list or a chart asked at the first step sees every case set up). {@code clock} moves the simulated clock by an ISO
 * duration or to an instant; {@code state} compares a case's fields ({@code case: alias}, or
 * {@code debtor: name} for a case opened from the chat, then
 * field paths such as {@code stage}, {@code promise.amount} or {@code tasks.0.kind}) with the API's answer;
 * paths under {@code journal.<EventType>} look at the case's journal events of that type, in order
 * ({@code journal.DebtorMessageSuperseded.0.reason}); {@code secrets: hidden} checks that neither the journal
 * nor the dossier shows a link's token. {@code reissue: [alias]} issues the case's debtor a new link
 * ({@code {invitation:alias}}; the one it replaced stays {@code {invitation:alias-replaced}}).
 */
public final class ServiceScriptHooks implements ScriptHooks {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern CASE_ALIAS = java.util.regex.Pattern.compile("\\{case:([^}]+)}");
  private final HttpClient http = HttpClient.newHttpClient();
  private static final java.util.regex.Pattern DEBTOR_INVITATION = java.util.regex.Pattern.compile(
      "\\{invitation:([^}]+)}");
  /** A link's token where it should be masked ({@code start=} then more than the mask). */
  private static final java.util.regex.Pattern OPEN_TOKEN = java.util.regex.Pattern.compile(
      "(start=|/start\\s+)[A-Za-z0-9_-]{4,}");
  private String invitation;
  private final Map<String, String> debtorInvitations = new java.util.HashMap<>();

  @Override
  @SuppressWarnings("unchecked")
  public void setup(Relance service, Map<String, Object> setup) {
    Object business = setup.get("business");
    if (business != null) {
      invitation = call(service, "POST", "/api/businesses", business, "business").path("invitation").path("token")
          .asText(null);
    }
    for (Object c : (List<Object>) setup.getOrDefault("cases", List.of())) {
      Map<String, Object> body = new java.util.LinkedHashMap<>((Map<String, Object>) c);
      String alias = String.valueOf(body.remove("alias"));
      body.putIfAbsent("businessId", businessId(service));
      debtorInvitations.put(alias, call(service, "POST", "/api/cases", body, "case:" + alias)
          .path("invitation").path("token").asText(null));
    }
    for (Object alias : (List<Object>) setup.getOrDefault("reissue", List.of())) {
      debtorInvitations.put(alias + "-replaced", debtorInvitations.get(String.valueOf(alias)));
      debtorInvitations.put(String.valueOf(alias), call(service, "POST", "/api/cases/" + caseId(service,
          String.valueOf(alias)) + "/invitation", null, null).path("token").asText(null));
    }
    for (Object c : (List<Object>) setup.getOrDefault("commands", List.of())) {
      Map<String, Object> command = (Map<String, Object>) c;
      call(service, "POST", "/api/cases/" + caseId(service, String.valueOf(command.get("case"))) + "/"
          + command.get("command"), command.getOrDefault("body", Map.of()), null);
    }
    DebtorChats chats = new DebtorChats(service.dataSource());
    Instant now = service.time().clock().instant();
    for (Object d : (List<Object>) setup.getOrDefault("debtors", List.of())) {
      Map<String, Object> debtor = (Map<String, Object>) d;
      String caseId = caseId(service, String.valueOf(debtor.get("case")));
      String chat = String.valueOf(debtor.get("chat"));
      chats.bind(chat, caseId, businessId(service), Language.fromCode(String.valueOf(debtor.getOrDefault("language",
          "fr"))), now);
      if (!Boolean.FALSE.equals(debtor.get("verified"))) {
        chats.markVerified(chat, caseId, now);
      }
    }
    Object exchange = setup.get("exchange");
    if (exchange != null) {
      Map<String, Object> in = (Map<String, Object>) exchange;
      chats.recordExchange(String.valueOf(in.get("chat")), caseId(service, String.valueOf(in.get("case"))), now);
    }
    service.time().readSidesCaughtUp().toCompletableFuture().join(); // what was set up is behind the conversation
  }

  @Override
  public String expand(String text) {
    String withDebtors = replaceAll(DEBTOR_INVITATION, text.replace("{invitation}", String.valueOf(invitation)),
        alias -> String.valueOf(debtorInvitations.get(alias)));
    return replaceAll(CASE_ALIAS, withDebtors, alias -> caseId(null, alias));
  }

  private static String replaceAll(java.util.regex.Pattern pattern, String text,
                                   java.util.function.UnaryOperator<String> value) {
    java.util.regex.Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value.apply(matcher.group(1))));
    }
    return matcher.appendTail(out).toString();
  }

  @Override
  public void moveClock(Relance service, String move) {
    Instant now = service.time().clock().instant();
    Duration by = move.startsWith("P") ? Duration.parse(move) : Duration.between(now, Instant.parse(move));
    call(service, "POST", "/api/clock/advance", Map.of("hours", by.toHours()), null);
    awaitMoved(service);
  }

  /**
   * Waits for the move to be done: on a busy machine the API answers 202 and the move goes on, and
   * the next step (a move to an instant, a silence) must start from where this one ends.
   */
  private static void awaitMoved(Relance service) {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (service.time().pendingMoves() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the clock is still moving after two minutes");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the clock moves", e);
      }
    }
  }

  @Override
  public List<String> checkState(Relance service, Map<String, Object> expected) {
    String alias = String.valueOf(expected.containsKey("debtor") ? expected.get("debtor") : expected.get("case"));
    String id = expected.containsKey("debtor") ? caseOfDebtor(service, alias) : caseId(service, alias);
    JsonNode view = call(service, "GET", "/api/cases/" + id, null, null);
    if (expected.keySet().stream().anyMatch(key -> key.startsWith("journal."))) {
      ObjectNode byType = JSON.createObjectNode();
      for (JsonNode entry : call(service, "GET", "/api/cases/" + id + "/journal", null, null)) {
        byType.withArray(entry.path("type").asText()).add(entry.path("data"));
      }
      ((ObjectNode) view).set("journal", byType);
    }
    List<String> differences = new ArrayList<>();
    if ("hidden".equals(expected.get("secrets"))) {
      differences.addAll(secretsShown(service, id));
    }
    for (var entry : expected.entrySet()) {
      if (entry.getKey().equals("case") || entry.getKey().equals("debtor") || entry.getKey().equals("secrets")) {
        continue;
      }
      JsonNode actual = view;
      for (String part : entry.getKey().split("\\.")) {
        actual = actual.isArray() && part.matches("\\d+") ? actual.path(Integer.parseInt(part)) : actual.path(part);
      }
      String wanted = String.valueOf(entry.getValue());
      String got = actual.isMissingNode() || actual.isNull() ? "null" : actual.asText();
      boolean same = got.equals(wanted) || (actual.isNumber() && wanted.matches("-?[0-9.]+")
          && actual.decimalValue().compareTo(new java.math.BigDecimal(wanted)) == 0);
      if (!same) {
        differences.add("case " + alias + ": " + entry.getKey() + " is " + got + ", expected " + wanted);
      }
    }
    return differences;
  }

  /** Where the case's journal (as the API answers it) or its dossier (as text) shows a link's token. */
  private List<String> secretsShown(Relance service, String caseId) {
    List<String> shown = new ArrayList<>();
    java.util.Map<String, String> readings = java.util.Map.of(
        "journal", call(service, "GET", "/api/cases/" + caseId + "/journal", null, null).toString(),
        "dossier", pdfText(bytes(service, "/api/cases/" + caseId + "/dossier.pdf")));
    java.util.Set<String> tokens = new java.util.HashSet<>(debtorInvitations.values());
    tokens.add(invitation);
    readings.forEach((where, text) -> {
      java.util.regex.Matcher link = OPEN_TOKEN.matcher(text);
      if (link.find()) {
        shown.add("the " + where + " shows a link's token: " + link.group());
      }
      tokens.stream().filter(t -> t != null && text.contains(t))
          .forEach(t -> shown.add("the " + where + " shows the token " + t));
    });
    return shown;
  }

  private static String pdfText(byte[] pdf) {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read the dossier: " + e.getMessage(), e);
    }
  }

  /**
   * The case of the business set up whose debtor has that name (a case opened from the chat), as the
   * summary read side lists it: waited for up to 10 s, since the read side follows the journal.
   */
  private String caseOfDebtor(Relance service, String debtorName) {
    Instant limit = Instant.now().plusSeconds(10);
    do {
      for (JsonNode listed : call(service, "GET", "/api/cases?businessId=" + businessId(service), null, null)) {
        if (debtorName.equals(listed.path("debtorName").asText())) {
          return listed.path("id").asText();
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    } while (Instant.now().isBefore(limit));
    throw new IllegalStateException("no case of the business set up has the debtor " + debtorName);
  }

  private static String businessId(Relance service) {
    return java.util.UUID.nameUUIDFromBytes("business:business".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }

  private static String caseId(Relance service, String alias) {
    return java.util.UUID.nameUUIDFromBytes(("case:case:" + alias).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }

  private byte[] bytes(Relance service, String path) {
    try {
      var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path))
          .header("Authorization", "Bearer " + service.adminToken()).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private JsonNode call(Relance service, String method, String path, Object body, String idempotencyKey) {
    try {
      var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path))
          .header("Authorization", "Bearer " + service.adminToken())
          .header("Content-Type", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      if (idempotencyKey != null) {
        request.header("Idempotency-Key", idempotencyKey);
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
            + response.body());
      }
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
