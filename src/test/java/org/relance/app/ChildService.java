package org.relance.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real service in a child JVM ({@code relance run} on the test classpath) with the simulated
 * clock (unless the settings give another) and a known admin token, so a test can {@code kill -9} it ({@link #kill}) and start another
 * on the same data.
 */
public final class ChildService implements ApiClient, AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ChildService(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts {@code relance run} with these {@code -D} settings on top of the test ones; waits until /health answers. */
  public static ChildService start(Path dataDir, Map<String, Object> settings) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"),
        "-Dlogback.configurationFile=logback-nodes.xml", "-Drelance.data-dir=" + dataDir, "-Drelance.http.host=127.0.0.1", "-Drelance.http.port=" + port,
        "-Drelance.admin.token=" + TestService.TOKEN, "-Drelance.clock.mode=simulated",
        "-Drelance.clock.start=2026-11-23T08:00:00Z", "-Drelance.read-side.poll-interval=20ms"));
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("org.relance.Main", "run"));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("child.log").toFile()))
        .start();
    ChildService child = new ChildService(process, port);
    child.awaitUp(dataDir);
    return child;
  }

  private void awaitUp(Path dataDir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the child service exited with " + process.exitValue() + "; the end of "
            + dataDir.resolve("child.log") + ":\n" + tail(dataDir.resolve("child.log")));
      }
      try {
        if (get("/health").status() == 200) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the child service did not start in 90 s; see " + dataDir.resolve("child.log"));
  }

  /** The last lines of the child's log (the reason it stopped), for the failure message. */
  private static String tail(Path log) {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (java.io.IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** The HTTP port it listens on, on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** A TCP port free on 127.0.0.1 right now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public TestService.Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestService.TOKEN).GET());
  }

  @Override
  public TestService.Answer post(String path, String json) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestService.TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST with extra headers (an {@code Idempotency-Key}, Telegram's webhook secret...). */
  public TestService.Answer post(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TestService.TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private TestService.Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isBlank() ? JSON.nullNode() : readable(response.body());
      return new TestService.Answer(response.statusCode(), body);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("request failed: " + e.getMessage(), e);
    }
  }

  /** The body as JSON, or as a JSON string when it is plain text (the webhook answers "ok"). */
  private static JsonNode readable(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return JSON.getNodeFactory().textNode(body);
    }
  }

  /** A graceful stop (SIGTERM, as {@code systemctl stop} sends): the node leaves its cluster first. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the child service did not stop within 60 s of SIGTERM");
    }
  }

  /** {@code kill -9}: no shutdown hook, no flush. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
