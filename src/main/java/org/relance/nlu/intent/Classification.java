package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.util.List;

/**
 * What a debtor's reply means, as the contract reports it, with the readings ranked behind it (for
 * the dialogue, which proposes the likeliest ones back to the debtor when it is unsure).
 *
 * @param lang the language given by the caller, or the detected one
 * @param intent the primary intent: always the best guess
 * @param confidence the intent model's probability for {@code intent}, 0..1
 * @param uncertain true when {@code confidence} is under the threshold at which the bot checks its reading with the debtor
 * @param reason the reason for the delay, or null when the reply gives none
 * @param readings every intent with its probability, likeliest first ({@code intent} is the first)
 * @param reasons every reason with its probability, likeliest first ({@code reason} is the first; null is "no reason")
 */
public record Classification(Language lang, Intent intent, double confidence, boolean uncertain, DelayReason reason,
                             List<Alternative> readings, List<ReasonAlternative> reasons) {

  /** One possible reading of the reply and the intent model's probability for it. */
  public record Alternative(Intent intent, double confidence) {}

  /** One possible reason for the delay (null: none given) and the reason model's probability for it. */
  public record ReasonAlternative(DelayReason reason, double confidence) {}

  public Classification {
    readings = List.copyOf(readings);
    reasons = List.copyOf(reasons);
  }

  /** A reading known only by its best guess (the reason taken as sure as the intent). */
  public Classification(Language lang, Intent intent, double confidence, boolean uncertain, DelayReason reason) {
    this(lang, intent, confidence, uncertain, reason, List.of(new Alternative(intent, confidence)),
        List.of(new ReasonAlternative(reason, confidence)));
  }

  /** The probability of {@code reason}. */
  public double reasonConfidence() {
    return reasons.isEmpty() ? confidence : reasons.get(0).confidence();
  }
}
