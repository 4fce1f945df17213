package org.relance.nlu.intent;

import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

/**
 * What a debtor's reply means, as the contract reports it.
 *
 * @param lang the language given by the caller, or the detected one
 * @param intent the primary intent: always the best guess
 * @param confidence the intent model's probability for {@code intent}, 0..1
 * @param uncertain true when {@code confidence} is under the threshold at which the bot asks the debtor to rephrase
 * @param reason the reason for the delay, or null when the reply gives none
 */
public record Classification(Language lang, Intent intent, double confidence, boolean uncertain, DelayReason reason) {}
