package org.relance.debtorchat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.nlu.Intent;
import org.relance.nlu.intent.IntentClassifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The debtor scripts speak every intent of the NLU contract in French and in English: each
 * debtor's message of {@code conversations/scripts/debtor-*.yaml} is read by the shipped models, and
 * every {@link Intent} must be met (with confidence) in each language.
 */
class DebtorScriptCoverageTest {

  @Test
  void everyIntentIsPlayedInBothLanguages() throws IOException {
    IntentClassifier classifier = IntentClassifier.shipped(0.72, Language.FR);
    Map<Language, Set<Intent>> met = Map.of(Language.FR, EnumSet.noneOf(Intent.class),
        Language.EN, EnumSet.noneOf(Intent.class));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Path> scripts;
    try (Stream<Path> files = Files.list(Path.of("conversations/scripts"))) {
      scripts = files.filter(p -> p.getFileName().toString().startsWith("debtor-")).sorted().toList();
    }
    assertTrue(scripts.size() >= 18, "debtor scripts: " + scripts.size());
    for (Path script : scripts) {
      for (JsonNode step : yaml.readTree(script.toFile()).path("steps")) {
        JsonNode user = step.path("user");
        String text = user.path("text").asText("");
        if (user.isMissingNode() || text.startsWith("/") || user.path("chat").asLong() == 1801) {
          continue;
        }
        Language language = user.path("language").asText("fr").startsWith("fr") ? Language.FR : Language.EN;
        var reading = classifier.classify(text, language);
        if (!reading.uncertain()) {
          met.get(language).add(reading.intent());
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Language language : Language.values()) {
      EnumSet<Intent> absent = EnumSet.complementOf(EnumSet.copyOf(met.get(language)));
      absent.forEach(intent -> missing.add(language.code() + ": " + intent.wire()));
    }
    assertEquals(List.of(), missing, "intents no debtor script plays");
  }
}
