package org.relance.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relance.Main;
import picocli.CommandLine;

/** {@code relance nlu} end to end, in process: picocli, stdin and stdout redirected. */
class NluCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int exit, List<JsonNode> lines) {}

  private static Run run(String input) throws Exception {
    InputStream in = System.in;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(new Main()).execute("nlu");
      List<JsonNode> lines = new ArrayList<>();
      for (String line : captured.toString(StandardCharsets.UTF_8).split("\n", -1)) {
        if (!line.isEmpty()) {
          lines.add(JSON.readTree(line));
        }
      }
      return new Run(exit, lines);
    } finally {
      System.setIn(in);
      System.setOut(out);
    }
  }

  @Test
  void answersEachLineInOrderWithTheContractsFields() throws Exception {
    Run run = run("""
        {"id":"a","text":"jvous fais un vir de 300e vendredi","ref_date":"2026-11-23"}
        {"id":"b","text":"I can pay in 3 installments of $1,250.00 starting on the 15th","ref_date":"2026-12-28","lang":"en"}
        {"id":7,"text":"bien reçu merci","ref_date":"2026-11-23","lang":"fr"}
        """);
    assertEquals(0, run.exit());
    assertEquals(3, run.lines().size());
    JsonNode a = run.lines().get(0);
    assertEquals(List.of("id", "lang", "intent", "confidence", "uncertain", "reason", "dates", "amounts",
        "installments", "method", "proceedings"), fieldNames(a), "the contract's fields, in its order");
    assertEquals("fr", a.get("lang").asText(), "detected");
    assertEquals("promise_to_pay", a.get("intent").asText());
    assertTrue(a.get("confidence").asDouble() > 0 && a.get("confidence").asDouble() <= 1);
    assertEquals("[\"2026-11-27\"]", a.get("dates").toString());
    assertEquals("[300.0]", a.get("amounts").toString());
    assertEquals("transfer", a.get("method").asText());
    JsonNode b = run.lines().get(1);
    assertEquals("en", b.get("lang").asText());
    assertEquals("2027-01-15", b.get("dates").get(0).asText());
    assertEquals(1250.0, b.get("amounts").get(0).asDouble());
    assertEquals(3, b.get("installments").asInt());
    assertEquals("request_plan", b.get("intent").asText());
    JsonNode c = run.lines().get(2);
    assertEquals(7, c.get("id").asInt());
    assertEquals(0, c.get("dates").size());
    assertEquals("acknowledge", c.get("intent").asText());
  }

  @Test
  void aReportOfPaymentResolvesItsWeekdayBackwards() throws Exception {
    Run run = run("""
        {"id":"p","text":"je vous ai fait le virement lundi","ref_date":"2026-11-25"}
        """);
    JsonNode p = run.lines().get(0);
    assertEquals("already_paid", p.get("intent").asText());
    assertEquals("[\"2026-11-23\"]", p.get("dates").toString(), "the last Monday before the 25th");
  }

  @Test
  void aStatedProceedingIsHardshipWithCashFlowUnlessAHigherIntentApplies() throws Exception {
    Run run = run("""
        {"id":"rj","text":"nous sommes en redressement judiciaire depuis le 2 décembre, je vous paierai quand le mandataire le dira","ref_date":"2026-12-10"}
        {"id":"adm","text":"We went into administration on Monday, the administrators will write to you about payment next week","ref_date":"2026-12-10"}
        {"id":"stop","text":"STOP, on est en liquidation judiciaire, arrêtez de m'écrire","ref_date":"2026-12-10"}
        {"id":"fear","text":"on risque le redressement, je vous paie vendredi","ref_date":"2026-12-10"}
        """);
    JsonNode rj = run.lines().get(0);
    assertEquals("reorganisation", rj.get("proceedings").asText());
    assertEquals("hardship", rj.get("intent").asText());
    assertEquals("cash_flow", rj.get("reason").asText());
    assertFalse(rj.get("uncertain").asBoolean());
    JsonNode adm = run.lines().get(1);
    assertEquals("administration", adm.get("proceedings").asText());
    assertEquals("hardship", adm.get("intent").asText());
    assertEquals("cash_flow", adm.get("reason").asText());
    JsonNode stop = run.lines().get(2);
    assertEquals("liquidation", stop.get("proceedings").asText());
    assertEquals("stop_contact", stop.get("intent").asText(), "a stop ranks above hardship");
    JsonNode fear = run.lines().get(3);
    assertTrue(fear.get("proceedings").isNull(), "a fear is no proceeding");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void badLinesGetAnErrorOnTheirLineAndTheRunGoesOn() throws Exception {
    String longText = "je paie ".repeat(2_500); // 20,000 characters
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(String.join("\n",
        "{not json",
        "",
        "[1,2,3]",
        "{\"id\":\"no-text\",\"ref_date\":\"2026-11-23\"}",
        "{\"id\":\"text-not-string\",\"text\":42,\"ref_date\":\"2026-11-23\"}",
        "{\"id\":\"no-date\",\"text\":\"je paie demain\"}",
        "{\"id\":\"bad-date\",\"text\":\"je paie demain\",\"ref_date\":\"23/11/2026\"}",
        "{\"id\":\"empty\",\"text\":\"\",\"ref_date\":\"2026-11-23\"}",
        "{\"id\":\"long\",\"text\":\"" + longText + "demain\",\"ref_date\":\"2026-11-23\"}",
        "{\"id\":\"emoji\",\"text\":\"🙏🙏💶\",\"ref_date\":\"2026-11-23\"}",
        "{\"id\":\"control\",\"text\":\"\\u0007\\u0000 demain\\u001b\",\"ref_date\":\"2026-11-23\"}",
        "{\"id\":\"german\",\"text\":\"Ich zahle nicht, das ist nicht meine Rechnung\",\"ref_date\":\"2026-11-23\"}",
        "{\"id\":\"trailing\",\"text\":\"ok\",\"ref_date\":\"2026-11-23\"} extra",
        "{\"id\":\"last\",\"text\":\"le 3\",\"ref_date\":\"2026-12-28\"}")));
    assertEquals(0, run.exit());
    List<JsonNode> lines = run.lines();
    assertEquals(14, lines.size());
    for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 12}) {
      assertTrue(lines.get(i).has("error"), "line " + i + " " + lines.get(i));
    }
    assertTrue(lines.get(0).get("error").asText().startsWith("not valid JSON"));
    assertEquals("no-text", lines.get(3).get("id").asText());
    assertTrue(lines.get(5).get("error").asText().contains("ref_date"));
    assertTrue(lines.get(6).get("error").asText().contains("23/11/2026"));
    assertEquals("[]", lines.get(7).get("dates").toString());
    assertEquals("[\"2026-11-24\"]", lines.get(8).get("dates").toString());
    assertEquals("[]", lines.get(9).get("dates").toString());
    assertEquals("[\"2026-11-24\"]", lines.get(10).get("dates").toString());
    assertEquals("[]", lines.get(11).get("amounts").toString());
    assertEquals("[\"2027-01-03\"]", lines.get(13).get("dates").toString());
  }

  @Test
  void streamsManyLines() throws Exception {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      input.append("{\"id\":").append(i).append(",\"text\":\"virement de ").append(i % 900 + 100)
          .append(" € le 15\",\"ref_date\":\"2026-11-23\"}\n");
    }
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(input.toString()));
    assertEquals(20_000, run.lines().size());
    for (int i = 0; i < 20_000; i += 997) {
      assertEquals(i, run.lines().get(i).get("id").asInt());
      assertEquals(i % 900 + 100, run.lines().get(i).get("amounts").get(0).asInt());
    }
  }
}
