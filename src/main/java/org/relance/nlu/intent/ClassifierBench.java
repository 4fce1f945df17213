package org.relance.nlu.intent;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@link IntentClassifier#classify} on one thread over every training and dev reply, with
 * language detection, after a warm-up: microseconds per reply and replies per second.
 */
final class ClassifierBench {

  private static final int ROUNDS = 5;

  private ClassifierBench() {}

  static void run(IntentClassifier classifier, List<LabelledReply> train, List<LabelledReply> dev, PrintStream out) {
    List<String> texts = new ArrayList<>();
    train.forEach(r -> texts.add(r.text()));
    dev.forEach(r -> texts.add(r.text()));
    long sink = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (String text : texts) {
        sink += classifier.classify(text, null).intent().ordinal();
      }
    }
    long start = System.nanoTime();
    for (int round = 0; round < ROUNDS; round++) {
      for (String text : texts) {
        sink += classifier.classify(text, null).intent().ordinal();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long replies = (long) ROUNDS * texts.size();
    out.printf("Classification on one thread (language, intent, reason): %d replies in %.2f s,"
        + " %.1f µs/reply, %,.0f replies/s (checksum %d)%n", replies, seconds, seconds * 1e6 / replies, replies / seconds, sink);
  }
}
