package org.relance.nlu;

import org.relance.common.Language;
import org.relance.nlu.facts.FactExtractor;
import org.relance.nlu.facts.Facts;
import org.relance.nlu.intent.Classification;
import org.relance.nlu.intent.IntentClassifier;

import java.time.LocalDate;

/**
 * Reads a debtor's reply whole: what it means (language, intent, confidence, reason) and what it
 * says (dates, amounts, instalments, method). A reply classified as a payment already made has its
 * dates resolved backwards. Thread-safe; a library, no actors.
 */
public final class ReplyReader {

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
    return new Reading(meaning, facts);
  }
}
