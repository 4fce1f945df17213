package org.relance.dialogue;

import com.typesafe.config.Config;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;
import org.relance.nlu.facts.Facts;
import org.relance.nlu.intent.Classification;
import org.relance.nlu.intent.Classification.ReasonAlternative;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the bot acts on its reading of a debtor's message or proposes it back first, and what it
 * proposes ({@code relance.debtor.reading}). Sure readings are acted on. A reading under the NLU's
 * threshold is proposed back: the likeliest intent alone, or the two likeliest when they are within
 * {@code close-margin} of each other (intents under {@code floor} are never offered; "other" and
 * "acknowledge" record nothing and are never offered). A delay whose reason is under
 * {@code reason-threshold} is proposed with its likeliest reason, however sure the intent. A date
 * in a message otherwise read as "acknowledge" or "other" ("vendredi") is proposed as a promise.
 * A schedule written out (two dates or more, an amount each) that one of the two likeliest readings
 * takes for a plan or a promise is acted on as a plan, however unsure the intent: the plan is
 * proposed back as written, which is itself a yes/no question. Nothing proposable: not understood.
 * Pure.
 */
final class ReadingProposals {

  /** A reading offered back: an intent, and the reason for the delay the message gives with it (or null). */
  record Offered(Intent intent, DelayReason reason) {}

  /**
   * Act on the reading ({@code sure}: as read, or as the one reading offered), or offer these
   * readings (none: not understood).
   */
  record Check(boolean sure, List<Offered> offered) {
    static final Check SURE = new Check(true, List.of());
    static final Check NOT_UNDERSTOOD = new Check(false, List.of());

    /** The intent to act on when sure: the one decided here, else the one read. */
    Intent actedOn(Intent read) {
      return offered.isEmpty() ? read : offered.get(0).intent();
    }
  }

  private static final Set<Intent> SCHEDULED = EnumSet.of(Intent.REQUEST_PLAN, Intent.PROMISE_TO_PAY);

  private static final Set<Intent> NEVER_OFFERED = EnumSet.of(Intent.OTHER, Intent.ACKNOWLEDGE);

  private final double closeMargin;
  private final double floor;
  private final double reasonThreshold;

  ReadingProposals(double closeMargin, double floor, double reasonThreshold) {
    if (closeMargin < 0 || floor < 0 || floor > 1 || reasonThreshold < 0 || reasonThreshold > 1) {
      throw new IllegalArgumentException("relance.debtor.reading: close-margin must not be negative, floor and"
          + " reason-threshold must lie between 0 and 1");
    }
    this.closeMargin = closeMargin;
    this.floor = floor;
    this.reasonThreshold = reasonThreshold;
  }

  static ReadingProposals from(Config reading) {
    return new ReadingProposals(reading.getDouble("close-margin"), reading.getDouble("floor"),
        reading.getDouble("reason-threshold"));
  }

  Check check(Classification meaning, Facts read, LocalDate today) {
    boolean bare = NEVER_OFFERED.contains(meaning.intent());
    boolean dated = read.dates().stream().anyMatch(d -> !d.isBefore(today));
    if (bare && dated) {
      return offer(new Offered(Intent.PROMISE_TO_PAY, sureReason(meaning)));
    }
    if (!meaning.uncertain()) {
      if (meaning.intent() == Intent.DELAY_REASON && reasonDoubtful(meaning)) {
        return offer(offered(meaning, Intent.DELAY_REASON));
      }
      return meaning.intent() == Intent.OTHER ? Check.NOT_UNDERSTOOD : Check.SURE;
    }
    if (PlanProposals.isSchedule(read)
        && meaning.readings().stream().limit(2).anyMatch(a -> SCHEDULED.contains(a.intent()))) {
      return new Check(true, List.of(new Offered(Intent.REQUEST_PLAN, sureReason(meaning))));
    }
    List<Classification.Alternative> likeliest = meaning.readings().stream()
        .filter(a -> !NEVER_OFFERED.contains(a.intent()) && a.confidence() >= floor).limit(2).toList();
    if (likeliest.isEmpty()) {
      return Check.NOT_UNDERSTOOD;
    }
    Offered first = offered(meaning, likeliest.get(0).intent());
    boolean close = likeliest.size() == 2
        && likeliest.get(0).confidence() - likeliest.get(1).confidence() <= closeMargin;
    return close ? new Check(false, List.of(first, offered(meaning, likeliest.get(1).intent()))) : offer(first);
  }

  private Offered offered(Classification meaning, Intent intent) {
    return new Offered(intent, intent == Intent.DELAY_REASON ? likeliestReason(meaning) : sureReason(meaning));
  }

  /** The reason when the reason model is sure of it (null when it is sure there is none, or unsure). */
  private DelayReason sureReason(Classification meaning) {
    ReasonAlternative top = meaning.reasons().get(0);
    return top.confidence() >= reasonThreshold ? top.reason() : null;
  }

  /** For a delay: the sure reason, else the likeliest reason above the floor, else none. */
  private DelayReason likeliestReason(Classification meaning) {
    ReasonAlternative top = meaning.reasons().get(0);
    if (top.confidence() >= reasonThreshold) {
      return top.reason();
    }
    return meaning.reasons().stream().filter(r -> r.reason() != null && r.confidence() >= floor).findFirst()
        .map(ReasonAlternative::reason).orElse(null);
  }

  private boolean reasonDoubtful(Classification meaning) {
    return meaning.reasons().get(0).confidence() < reasonThreshold && likeliestReason(meaning) != null;
  }

  private static Check offer(Offered offered) {
    return new Check(false, List.of(offered));
  }
}
