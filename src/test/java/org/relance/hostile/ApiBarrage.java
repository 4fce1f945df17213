package org.relance.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Throws generated requests at the JSON API of a running service: the routes of {@link ApiShapes}
 * with their bodies spoilt by {@link BodyMutator} (one in ten left valid, so cases keep being opened
 * and changed), ids in paths that are real or hostile, hostile query parameters, idempotency keys
 * and tokens. Checks each answer as it comes: no 5xx, no timeout, no answer slower than
 * {@link HostileClient#SLOW}, no internals in the body, JSON for every success that is not a PDF. Remembers each
 * case it opened, so the caller can check they all appear in the list.
 */
public final class ApiBarrage {

  /** Hostile text in a path or query is cut to this length: longer only costs the client. */
  private static final int URL_TEXT = 5_000;
  /** Pekko HTTP's {@code max-uri-length}: a longer request line is answered 414 before anything is read. */
  private static final int SERVER_URI_LIMIT = 2_048;
  /**
   * Routes whose answer waits for every open case of a business to take the change (a few hundred
   * here, each woken from its journal): they get {@link #FAN_OUT_PATIENCE}, the others {@link HostileClient#SLOW}.
   */
  private static final Set<String> FANNING_OUT = Set.of("business-change");
  private static final java.time.Duration FAN_OUT_PATIENCE = java.time.Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KEYS = List.of("hostile-key-1", "hostile-key-2", "' OR 1=1 --", "k".repeat(4000),
      "../../etc", "%00", "<script>");
  private static final List<String> TOKENS = List.of("Bearer wrong", "Basic dGVzdA==", "Bearer ' OR 1=1 --",
      "Bearer " + "x".repeat(5000));

  private final HostileClient client;
  private final String token;
  private final HostileStrings strings;
  private final BodyMutator mutator;
  private final Tally tally;
  private final List<String> businesses;
  private final List<String> cases;
  private final Set<String> opened = new LinkedHashSet<>();

  public ApiBarrage(HostileClient client, String token, HostileStrings strings, BodyMutator mutator, Tally tally,
                    List<String> businesses, List<String> cases) {
    this.client = client;
    this.token = token;
    this.strings = strings;
    this.mutator = mutator;
    this.tally = tally;
    this.businesses = List.copyOf(businesses);
    this.cases = new ArrayList<>(cases);
  }

  /** Sends generated requests, one after the other, as long as the quota hands out inputs. */
  public void fire(Quota quota) {
    while (quota.take()) {
      if (strings.random().nextInt(4) == 0) {
        bare(weighted(ApiShapes.BARE, ApiShapes.Bare::weight));
      } else {
        withBody(weighted(ApiShapes.WITH_BODY, ApiShapes.Shape::weight));
      }
    }
  }

  /** The cases this barrage opened (answered 201). */
  public Set<String> opened() {
    return opened;
  }

  private void withBody(ApiShapes.Shape shape) {
    ObjectNode valid = shape.body();
    if (valid.has("businessId")) {
      valid.put("businessId", strings.pick(businesses));
    }
    boolean leaveValid = strings.random().nextInt(10) == 0;
    BodyMutator.Mutated body = leaveValid ? new BodyMutator.Mutated("valid", mutator.write(valid))
        : mutator.mutate(valid);
    String path = expand(shape.path());
    send(shape.name(), shape.method(), path, body.json(), body.how());
  }

  private void bare(ApiShapes.Bare route) {
    String path = expand(route.path());
    send(route.name(), route.method(), path, route.method().equals("POST") ? "" : null, path);
  }

  private void send(String route, String method, String path, String body, String how) {
    Map<String, String> headers = new java.util.HashMap<>();
    int roll = strings.random().nextInt(100);
    headers.put("Authorization", roll < 2 ? strings.pick(TOKENS) : "Bearer " + token);
    if (roll >= 90) {
      headers.put("Idempotency-Key", strings.pick(KEYS));
    }
    String input = method + " " + path + " [" + how + "] " + (body == null ? "" : body);
    HostileClient.Reply reply = client.send(method, path, body, headers);
    tally.answered("api", route, reply.statusName(), reply.took());
    check(route, input, path, reply, roll < 2 && !headers.get("Authorization").equals("Bearer " + token));
  }

  private void check(String route, String input, String path, HostileClient.Reply reply, boolean badToken) {
    if (reply.statusName().equals("broken") && path.length() > SERVER_URI_LIMIT) {
      return; // the server refuses the request line (414) and closes while the client still writes the body
    }
    if (reply.status() < 0 || reply.status() >= 500) {
      tally.failed("api", route, "answered " + reply.statusName(), input, reply.body());
      return;
    }
    java.time.Duration patience = FANNING_OUT.contains(route) ? FAN_OUT_PATIENCE : HostileClient.SLOW;
    if (reply.took().compareTo(patience) > 0) {
      tally.failed("api", route, "answered after more than " + patience.toSeconds() + " s", input + " (took "
          + reply.took().toMillis() + " ms)");
    }
    if (badToken && reply.status() != 401 && reply.status() != 414) { // 414: a URI too long is refused unread
      tally.failed("api", route, "answered " + reply.status() + " to a wrong token", input);
    }
    InternalsLeak.in(reply.body()).ifPresent(leak -> tally.failed("api", route, "answer names internals (" + leak
        + ")", input, reply.body()));
    if (reply.status() >= 300 || reply.body().startsWith("%PDF")) {
      return;
    }
    try {
      JsonNode answer = JSON.readTree(reply.body());
      if (route.equals("case") && reply.status() == 201) {
        String id = answer.path("id").asText();
        opened.add(id);
        cases.add(id);
      }
    } catch (java.io.IOException e) {
      tally.failed("api", route, "a success that is not JSON", input, reply.body());
    }
  }

  /** The path with its placeholders filled: mostly real ids, sometimes hostile text; everything URL-encoded. */
  private String expand(String template) {
    String path = template;
    while (path.contains("{case}")) {
      path = path.replaceFirst("\\{case}", segment(cases));
    }
    while (path.contains("{business}")) {
      path = path.replaceFirst("\\{business}", segment(businesses));
    }
    while (path.contains("{date}")) {
      path = path.replaceFirst("\\{date}", encode(strings.random().nextBoolean() ? strings.dateText() : "2026-12-01"));
    }
    while (path.contains("{text}")) {
      path = path.replaceFirst("\\{text}", encode(strings.nextText()));
    }
    return path;
  }

  private String segment(List<String> real) {
    return strings.random().nextInt(100) < 85 ? real.get(strings.random().nextInt(real.size()))
        : encode(strings.nextText());
  }

  /** URL-encoded, at most {@link #URL_TEXT} characters of it (past the server's URI limit already). */
  private static String encode(String text) {
    String kept = text.length() > URL_TEXT ? text.substring(0, URL_TEXT) : text;
    return java.util.regex.Matcher.quoteReplacement(URLEncoder.encode(kept, StandardCharsets.UTF_8));
  }

  private <T> T weighted(List<T> options, java.util.function.ToIntFunction<T> weight) {
    int total = options.stream().mapToInt(weight).sum();
    int roll = strings.random().nextInt(total);
    for (T option : options) {
      roll -= weight.applyAsInt(option);
      if (roll < 0) {
        return option;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }
}
