package org.relance.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relance.app.ChildService;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code relance.log.format}: {@code json} turns every line into one JSON object, in a logging
 * context of its own and in the real service started in a child JVM (where logback configured itself
 * from its XML before the settings were read); {@code text} keeps the pattern; anything else is refused.
 */
class LogFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonMakesEachLineAJsonObjectAndTextKeepsThePattern() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    PatternLayoutEncoder pattern = new PatternLayoutEncoder();
    pattern.setContext(context);
    pattern.setPattern("%level %logger - %msg%n");
    pattern.start();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(pattern);
    appender.setOutputStream(out);
    appender.start();
    Logger logger = context.getLogger("org.relance.example");
    logger.addAppender(appender);

    LogFormat.apply(context, "text");
    logger.info("as {}", "text");
    LogFormat.apply(context, "json");
    logger.warn("as {}", "json");

    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(2, lines.length, out.toString(StandardCharsets.UTF_8));
    assertEquals("INFO org.relance.example - as text", lines[0]);
    JsonNode json = JSON.readTree(lines[1]);
    assertEquals("WARN", json.path("level").asText());
    assertEquals("org.relance.example", json.path("loggerName").asText());
    assertEquals("as json", json.path("formattedMessage").asText());
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheSetting() {
    var refused = assertThrows(IllegalArgumentException.class, () -> LogFormat.apply(new LoggerContext(), "xml"));
    assertTrue(refused.getMessage().contains("relance.log.format"), refused.getMessage());
  }

  @Test
  void theRealServiceLogsJsonLinesWhenAsked(@TempDir Path dataDir) throws Exception {
    try (ChildService child = ChildService.start(dataDir, Map.of("relance.log.format", "json"))) {
      assertEquals(200, child.get("/health/live").status());
      child.stop();
    }
    List<JsonNode> logged = new ArrayList<>();
    for (String line : Files.readAllLines(dataDir.resolve("child.log"))) {
      assertFalse(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} +(INFO|WARN|ERROR).*"), "a text log line: " + line);
      if (line.startsWith("{")) {
        logged.add(JSON.readTree(line));
      }
    }
    assertTrue(logged.stream().anyMatch(l -> l.path("level").asText().equals("INFO")
        && l.path("loggerName").asText().equals("org.relance.storage.SchemaMigration")), logged.toString());
  }
}
