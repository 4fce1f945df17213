package org.relance.nlu.intent;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@link IntentClassifier#classify} on one thread over every training and dev reply, with
 * language detection, after a warm-up: microseconds per reply and replies per second, by the wall
 * clock and by the thread's CPU time (the machine may be shared with other work).
 */
final class ClassifierBench {

  private static final int WARM_UP_ROUNDS = 10;
  private static final int ROUNDS = 10;

  private ClassifierBench() {}

  static void run(IntentClassifier classifier, List<LabelledReply> train, List<LabelledReply> dev, PrintStream out) {
    List<String> texts = new ArrayList<>();
    train.forEach(r -> texts.add(r.text()));
    dev.forEach(r -> texts.add(r.text()));
    long sink = 0;
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (String text : texts) {
        sink += classifier.classify(text, null).intent().ordinal();
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (int round = 0; round < ROUNDS; round++) {
      for (String text : texts) {
        sink += classifier.classify(text, null).intent().ordinal();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long replies = (long) ROUNDS * texts.size();
    out.printf("Classification on one thread (language, intent, reason), %d replies (checksum %d):%n", replies, sink);
    out.printf("  wall clock: %.1f µs/reply, %,.0f replies/s%n", seconds * 1e6 / replies, replies / seconds);
    out.printf("  thread CPU: %.1f µs/reply, %,.0f replies/s (what one free core would do)%n",
        cpuSeconds * 1e6 / replies, replies / cpuSeconds);
  }
}
