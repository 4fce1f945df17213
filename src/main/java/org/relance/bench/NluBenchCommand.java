package org.relance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.Callable;
import org.relance.nlu.facts.FactCases;
import org.relance.config.RelanceConfig;
import org.relance.nlu.ReplyReader;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.intent.IntentClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code relance nlu-bench}: how fast one thread reads debtor replies, facts alone and whole (language,
 * intent, reason, then facts, as the {@code nlu} command and the bot do). The mix is every
 * case of the project's sets (French and English, SMS style, typos, emoji; short and long replies),
 * cycled; a warm-up pass runs first, then the measured pass reports messages per second and
 * microseconds per message, on the wall clock and on the thread's own CPU time (which a busy
 * machine does not inflate), and the heap in use after a collection.
 */
@Command(name = "nlu-bench", mixinStandardHelpOptions = true,
    description = "Measures reading a reply (facts alone, and classification + facts) on one thread.")
public final class NluBenchCommand implements Callable<Integer> {

  @Option(names = "--messages", description = "Messages in the measured pass (default: ${DEFAULT-VALUE}).")
  int messages = 500_000;

  @Option(names = "--warmup", description = "Messages in the warm-up pass (default: ${DEFAULT-VALUE}).")
  int warmup = 200_000;

  @Override
  public Integer call() {
    List<FactCases.FactCase> mix = FactCases.SETS.stream()
        .flatMap(set -> FactCases.set(set).stream())
        .toList();
    FactExtractor extractor = new FactExtractor();
    long sink = run(extractor, mix, warmup);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    sink += run(extractor, mix, messages);
    long elapsed = System.nanoTime() - start;
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heap = memory.getHeapMemoryUsage().getUsed();
    double seconds = elapsed / 1e9;
    System.out.printf("fact extraction, 1 thread, %d distinct messages cycled, %d warm-up + %d measured%n",
        mix.size(), warmup, messages);
    System.out.printf("%.0f messages/s, %.2f µs/message, heap used after GC %.1f MB (checksum %d)%n",
        messages / seconds, elapsed / 1e3 / messages, heap / 1048576.0, sink);
    System.out.printf("on the thread's own CPU time: %.0f messages/s, %.2f µs/message%n",
        messages / (cpu / 1e9), cpu / 1e3 / messages);
    fullReading(mix);
    return 0;
  }

  /** The whole reading (classification + facts): a fifth of the messages, the classifier being slower. */
  private void fullReading(List<FactCases.FactCase> mix) {
    ReplyReader reader = new ReplyReader(IntentClassifier.shipped(RelanceConfig.load(null)), new FactExtractor());
    int count = Math.max(1, messages / 5);
    long sink = readAll(reader, mix, Math.max(1, warmup / 5));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    sink += readAll(reader, mix, count);
    long elapsed = System.nanoTime() - start;
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    System.out.printf("whole reading (language, intent, reason, facts), 1 thread, %d measured: %.0f messages/s, "
        + "%.2f µs/message; on CPU time %.0f messages/s (checksum %d)%n", count, count / (elapsed / 1e9),
        elapsed / 1e3 / count, count / (cpu / 1e9), sink);
  }

  private static long readAll(ReplyReader reader, List<FactCases.FactCase> mix, int count) {
    long sink = 0;
    for (int i = 0; i < count; i++) {
      FactCases.FactCase c = mix.get(i % mix.size());
      sink += reader.read(c.text(), c.referenceDate(), null).facts().dates().size();
    }
    return sink;
  }

  private static long run(FactExtractor extractor, List<FactCases.FactCase> mix, int count) {
    long sink = 0;
    for (int i = 0; i < count; i++) {
      FactCases.FactCase c = mix.get(i % mix.size());
      sink += extractor.extract(c.text(), c.referenceDate(), c.paymentReported()).dates().size();
    }
    return sink;
  }
}
