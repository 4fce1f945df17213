package org.relance.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Sends one request to the running service and reports what came back, whatever it is: the status
 * and the body as text, or no status at all when no answer came within the timeout or the
 * connection broke. Never parses the body: a hostile answer must not break the barrage.
 */
public final class HostileClient {

  /** No answer in time. */
  public static final int TIMEOUT = -1;
  /** The connection broke before an answer. */
  public static final int BROKEN = -2;
  /** An answer slower than this is a failure: bounded input is answered quickly. */
  public static final Duration SLOW = Duration.ofSeconds(5);
  private static final Pattern NEXT_PAGE = Pattern.compile("<([^>]+)>;\\s*rel=\"?next\"?");

  /**
   * An answer: its status (or {@link #TIMEOUT} / {@link #BROKEN}), body, how long it took, and the
   * address of the next page when it links one ({@code Link: <...>; rel=next}), else null.
   */
  public record Reply(int status, String body, Duration took, String nextPage) {
    public String statusName() {
      return status == TIMEOUT ? "timeout" : status == BROKEN ? "broken" : Integer.toString(status);
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;
  private final Duration timeout;

  public HostileClient(int port, Duration timeout) {
    this.port = port;
    this.timeout = timeout;
  }

  /** The same service, with another patience. */
  public HostileClient withTimeout(Duration other) {
    return new HostileClient(port, other);
  }

  /** Sends {@code body} (none when null) with the headers; the path must already be URL-encoded. */
  public Reply send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(timeout)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String next = response.headers().firstValue("Link").map(NEXT_PAGE::matcher).filter(Matcher::matches)
          .map(m -> m.group(1)).orElse(null);
      return new Reply(response.statusCode(), response.body(), since(started), next);
    } catch (HttpTimeoutException e) {
      return new Reply(TIMEOUT, "", since(started), null);
    } catch (IOException e) {
      return new Reply(BROKEN, String.valueOf(e.getMessage()), since(started), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Duration since(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}
