package org.relance.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One answer of {@code GET /metrics}, read as Prometheus samples (name, labels, value). */
record Scrape(int status, String text, List<Sample> samples) {

  record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Scrapes {@code http://127.0.0.1:port/metrics}, with {@code token} as bearer when not null. */
  static Scrape of(int port, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    List<Sample> samples = new ArrayList<>();
    if (answer.statusCode() == 200) {
      for (String line : answer.body().split("\n")) {
        Matcher m = LINE.matcher(line);
        if (!line.startsWith("#") && m.matches()) {
          Map<String, String> labels = new LinkedHashMap<>();
          Matcher l = LABEL.matcher(m.group(2) == null ? "" : m.group(2));
          while (l.find()) {
            labels.put(l.group(1), l.group(2));
          }
          samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
        }
      }
    }
    return new Scrape(answer.statusCode(), answer.body(), samples);
  }

  Set<String> names() {
    return samples.stream().map(Sample::name).collect(Collectors.toSet());
  }

  List<Sample> named(String name) {
    return samples.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** The sum of the samples named {@code name} whose labels include {@code labels}. */
  double sum(String name, Map<String, String> labels) {
    return named(name).stream().filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
        .mapToDouble(Sample::value).sum();
  }
}
