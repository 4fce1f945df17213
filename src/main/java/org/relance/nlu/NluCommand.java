package org.relance.nlu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.relance.common.Language;
import org.relance.config.RelanceConfig;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.facts.Facts;
import org.relance.nlu.intent.Classification;
import org.relance.nlu.intent.IntentClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The contract's batch command (NLU-CONTRACT.md, "The batch command"): JSON Lines in on standard
 * input ({@code {"id","text","ref_date"}} and optionally {@code "lang"}), one line out per line in,
 * in the same order, streamed. Each answer carries {@code id}, {@code lang} (as given, else
 * detected), {@code intent}, {@code confidence}, {@code uncertain} (under the threshold at which the
 * bot asks to rephrase), {@code reason}, {@code dates}, {@code amounts}, {@code installments} and
 * {@code method} and {@code proceedings}. A line that is not a
 * JSON object, or lacks {@code text} or a valid {@code ref_date} (required: a reply is always read
 * against the day it was received), is answered {@code {"id":...,"error":"..."}} and the run goes
 * on. Exit 0 once every line is answered.
 */
@Command(name = "nlu", mixinStandardHelpOptions = true,
    description = "Reads debtor replies as JSON Lines on stdin and writes what they say, one line each.")
public final class NluCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectReader LINE_READER = JSON.readerFor(JsonNode.class)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Option(names = "--config", description = "Settings file (default: ./application.conf), for the confidence threshold.")
  Path configFile = Path.of("application.conf");

  private ReplyReader reader;

  @Override
  public Integer call() throws IOException {
    reader = new ReplyReader(IntentClassifier.shipped(RelanceConfig.load(configFile)), new FactExtractor());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    String line;
    while ((line = in.readLine()) != null) {
      out.write(answer(line));
      out.write('\n');
      if (!in.ready()) {
        out.flush(); // nothing more to read right now: let an interactive caller see its answers
      }
    }
    out.flush();
    return 0;
  }

  /** The answer line (without its newline) to one input line. */
  String answer(String line) {
    JsonNode input;
    try {
      input = LINE_READER.readValue(line);
    } catch (JsonProcessingException e) {
      return error(NullNode.instance, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return error(NullNode.instance, "unreadable line: " + e.getMessage());
    }
    if (input == null || !input.isObject()) {
      return error(NullNode.instance, "a line must be a JSON object with id, text and ref_date");
    }
    JsonNode id = input.has("id") ? input.get("id") : NullNode.instance;
    JsonNode text = input.get("text");
    if (text == null || !text.isTextual()) {
      return error(id, "text is missing or not a string");
    }
    JsonNode refDate = input.get("ref_date");
    if (refDate == null || !refDate.isTextual()) {
      return error(id, "ref_date is missing: give the day the message was received, as YYYY-MM-DD");
    }
    LocalDate reference;
    try {
      reference = LocalDate.parse(refDate.asText().trim());
    } catch (DateTimeParseException e) {
      return error(id, "ref_date must be a date as YYYY-MM-DD, not '" + refDate.asText() + "'");
    }
    JsonNode givenLang = input.get("lang");
    ReplyReader.Reading reading;
    try {
      reading = reader.read(text.asText(), reference, knownLanguage(givenLang));
    } catch (RuntimeException e) {
      return error(id, "could not read the message: " + e);
    }
    Classification meaning = reading.meaning();
    Facts facts = reading.facts();
    ObjectNode answer = JSON.createObjectNode();
    answer.set("id", id);
    if (givenLang != null && givenLang.isTextual()) {
      answer.set("lang", givenLang);
    } else {
      answer.put("lang", meaning.lang().code());
    }
    answer.put("intent", meaning.intent().wire());
    answer.put("confidence", Math.round(meaning.confidence() * 1000) / 1000.0);
    answer.put("uncertain", meaning.uncertain());
    if (meaning.reason() == null) {
      answer.putNull("reason");
    } else {
      answer.put("reason", meaning.reason().wire());
    }
    ArrayNode dates = answer.putArray("dates");
    facts.dates().forEach(d -> dates.add(d.toString()));
    ArrayNode amounts = answer.putArray("amounts");
    for (BigDecimal amount : facts.amounts()) {
      amounts.add(amount.doubleValue());
    }
    if (facts.installments() == null) {
      answer.putNull("installments");
    } else {
      answer.put("installments", facts.installments());
    }
    if (facts.method() == null) {
      answer.putNull("method");
    } else {
      answer.put("method", facts.method().wire());
    }
    if (facts.proceedings() == null) {
      answer.putNull("proceedings");
    } else {
      answer.put("proceedings", facts.proceedings().wire());
    }
    return answer.toString();
  }

  /** The language the input gives, when it is one the classifier knows (fr, en); any other is echoed as given. */
  private static Language knownLanguage(JsonNode lang) {
    if (lang == null || !lang.isTextual()) {
      return null;
    }
    String code = lang.asText().trim().toLowerCase(java.util.Locale.ROOT);
    return code.startsWith("fr") ? Language.FR : code.startsWith("en") ? Language.EN : null;
  }

  private static String error(JsonNode id, String message) {
    ObjectNode answer = JSON.createObjectNode();
    answer.set("id", id);
    answer.put("error", message);
    return answer.toString();
  }
}
