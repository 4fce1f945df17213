package org.relance.nlu;

import org.relance.common.Language;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.facts.Facts;
import org.relance.nlu.intent.Classification;
import org.relance.nlu.intent.IntentClassifier;

import java.time.LocalDate;
import java.util.Set;

/**
 * Reads a debtor's reply whole: what it means (language, intent, confidence, reason) and what it
 * says (dates, amounts, instalments, method, collective proceedings). A reply classified as a
 * payment already made has its dates resolved backwards. A reply stating collective proceedings is
 * {@code hardship} with reason {@code cash_flow} (NLU-CONTRACT.md, "Collective proceedings"),
 * unless a higher intent applies (stop, wrong contact, dispute); the stated fact makes the reading
 * certain, its confidence at least the threshold. Thread-safe; a library, no actors.
 */
public final class ReplyReader {

  /** The intents that rank above a stated proceeding. */
  private static final Set<Intent> ABOVE_PROCEEDINGS = Set.of(Intent.STOP_CONTACT, Intent.WRONG_CONTACT, Intent.DISPUTE);

  /** The reading of one reply. */
  public record Reading(Classification meaning, Facts facts) {}

  private final IntentClassifier classifier;
  private final FactExtractor extractor;

  public ReplyReader(IntentClassifier classifier, FactExtractor extractor) {
    this.classifier = classifier;
    this.extractor = extractor;
  }

  /** Reads {@code text} received on {@code receivedOn}; {@code language} when known, else null to detect it. */
  public Reading read(String text, LocalDate receivedOn, Language language) {
    Classification meaning = classifier.classify(text, language);
    Facts facts = extractor.extract(text, receivedOn, meaning.intent() == Intent.ALREADY_PAID);
    return new Reading(withProceedings(meaning, facts), facts);
  }

  private Classification withProceedings(Classification meaning, Facts facts) {
    if (facts.proceedings() == null || ABOVE_PROCEEDINGS.contains(meaning.intent())) {
      return meaning;
    }
    return new Classification(meaning.lang(), Intent.HARDSHIP, Math.max(meaning.confidence(), classifier.threshold()),
        false, DelayReason.CASH_FLOW);
  }
}
