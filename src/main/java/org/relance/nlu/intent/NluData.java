package org.relance.nlu.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;
import org.relance.nlu.lang.ReplyLanguageDetector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's NLU examples, shipped in the jar under {@code conversations/nlu/<split>/<intent>.jsonl}:
 * one JSON object per line with {@code text}, {@code intent}, {@code reason} (or null) and
 * {@code lang}. The {@code train} split trains the shipped models; {@code dev}, written apart,
 * only measures them.
 */
public final class NluData {

  public static final String TRAIN = "train";
  public static final String DEV = "dev";
  /** The harder dev slice of issue 15: replies written apart, in other frames, for the confusions seen outside. */
  public static final String DEV_HARD = "dev/hard";

  private static final ObjectMapper JSON = new ObjectMapper();

  private NluData() {}

  /** Every example of a split, intent by intent in priority order, lines in file order. */
  public static List<LabelledReply> load(String split) {
    List<LabelledReply> replies = new ArrayList<>();
    for (Intent intent : Intent.values()) {
      String resource = "conversations/nlu/" + split + "/" + intent.wire() + ".jsonl";
      try (InputStream in = NluData.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("NLU data missing from the classpath: " + resource);
        }
        readLines(resource, in, replies);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }
    return replies;
  }

  /** The short replies of {@code conversations/nlu/short-replies.tsv}, for the language detector comparison. */
  public static List<ReplyLanguageDetector.Sample> shortReplies() {
    String resource = "conversations/nlu/short-replies.tsv";
    List<ReplyLanguageDetector.Sample> samples = new ArrayList<>();
    try (InputStream in = NluData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing from the classpath: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] fields = line.split("\t");
          samples.add(new ReplyLanguageDetector.Sample(fields[0], Language.fromCode(fields[1].trim())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return samples;
  }

  private static void readLines(String resource, InputStream in, List<LabelledReply> into) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line);
        JsonNode reason = node.get("reason");
        into.add(new LabelledReply(
            node.get("text").asText(),
            Language.fromCode(node.get("lang").asText()),
            Intent.fromWire(node.get("intent").asText()),
            reason == null || reason.isNull() ? null : DelayReason.fromWire(reason.asText())));
      } catch (RuntimeException e) {
        throw new IllegalStateException(resource + " line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
  }
}
