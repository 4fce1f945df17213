package org.relance.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.relance.common.Language;

import java.util.EnumMap;
import java.util.Map;

/**
 * The debtors' replies the NLU read on this node, and how many of them it read with doubt (under
 * the confidence threshold: the bot checks its reading with the debtor), per language; the uncertain
 * rate is their ratio. Every language's pair exists from the start, at zero.
 */
public final class ReplyReadings {

  private final Map<Language, Counter> read = new EnumMap<>(Language.class);
  private final Map<Language, Counter> uncertain = new EnumMap<>(Language.class);

  ReplyReadings(MeterRegistry registry) {
    for (Language language : Language.values()) {
      read.put(language, Counter.builder("relance.nlu.readings").description("Debtors' replies read")
          .tag("language", language.code()).register(registry));
      uncertain.put(language, Counter.builder("relance.nlu.uncertain.readings")
          .description("Debtors' replies read with doubt").tag("language", language.code()).register(registry));
    }
  }

  /** Counts one reply read in {@code language}, and whether the reading was uncertain. */
  public void record(Language language, boolean doubtful) {
    read.get(language).increment();
    if (doubtful) {
      uncertain.get(language).increment();
    }
  }
}
