package org.relance.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 13, finding 8: a failure inside any route answers {@code 500 {"error": "internal error", "id"}}
 * and nothing of the failure; the id is in the log with the stack trace. A body over the size limit
 * is answered 413, whole (never a broken connection).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAnswersTest extends AllDirectives {

  private final ActorTestKit testKit = ActorTestKit.create();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void aFailureAnswersOnlyAnIdThatTheLogShowsWithTheStackTrace() throws Exception {
    Route thrown = path("thrown", () -> {
      throw new IllegalStateException("secret detail of org.relance.Thrown");
    });
    Route failed = path("failed", () -> completeWithFuture(CompletableFuture.failedFuture(
        new IllegalArgumentException("secret detail of org.relance.Failed"))));
    ServerBinding binding = Http.get(testKit.system()).newServerAt("127.0.0.1", 0)
        .bind(new HttpRoutes(List.of(thrown, failed), 1024).all()).toCompletableFuture().get(10, TimeUnit.SECONDS);
    Logger logger = (Logger) LoggerFactory.getLogger(ErrorAnswers.class);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    try {
      for (String path : List.of("/thrown", "/failed")) {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
            + binding.localAddress().getPort() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, answer.statusCode(), answer.body());
        assertFalse(answer.body().contains("secret") || answer.body().contains("org."), answer.body());
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertEquals("internal error", body.path("error").asText());
        String id = body.path("id").asText();
        assertFalse(id.isBlank());
        assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains(id) && e.getThrowableProxy() != null
            && e.getThrowableProxy().getMessage().startsWith("secret detail")), "the id is logged with the cause");
      }
    } finally {
      logger.detachAppender(log);
      binding.unbind().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aBodyOverTheLimitIsAnswered413AndAnEarlyAnswerReadsTheWholeBodyFirst() throws Exception {
    Route early = path("early", () -> complete("refused unread"));
    ServerBinding binding = Http.get(testKit.system()).newServerAt("127.0.0.1", 0)
        .bind(new HttpRoutes(List.of(early), 64 * 1024).all()).toCompletableFuture().get(10, TimeUnit.SECONDS);
    try {
      URI uri = URI.create("http://127.0.0.1:" + binding.localAddress().getPort() + "/early");
      HttpResponse<String> large = http.send(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofString("x".repeat(200 * 1024))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(413, large.statusCode(), large.body());
      assertTrue(new ObjectMapper().readTree(large.body()).path("error").asText().contains("maximum of 65536"),
          large.body());
      HttpResponse<String> fitting = http.send(HttpRequest.newBuilder(uri)
          .POST(HttpRequest.BodyPublishers.ofString("x".repeat(60 * 1024))).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, fitting.statusCode(), "a body within the limit, answered before any route read it");
      assertEquals("refused unread", fitting.body());
    } finally {
      binding.unbind().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }
}
