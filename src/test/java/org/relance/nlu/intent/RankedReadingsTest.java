package org.relance.nlu.intent;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.nlu.Intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readings ranked behind a classification, which the debtor's dialogue proposes back when it is unsure. */
class RankedReadingsTest {

  private static final IntentClassifier SHIPPED = IntentClassifier.shipped(0.72, Language.FR);

  @Test
  void everyIntentAndEveryReasonIsRankedLikeliestFirstTheBestGuessFirst() {
    for (String text : new String[] {"peut-être le 12 décembre", "mon client ne m'a toujours pas réglé", "ok merci"}) {
      Classification read = SHIPPED.classify(text, Language.FR);
      assertEquals(Intent.values().length, read.readings().size(), text);
      assertEquals(read.intent(), read.readings().get(0).intent(), text);
      assertEquals(read.confidence(), read.readings().get(0).confidence(), 1e-12, text);
      assertEquals(read.reason(), read.reasons().get(0).reason(), text);
      for (int i = 1; i < read.readings().size(); i++) {
        assertTrue(read.readings().get(i - 1).confidence() >= read.readings().get(i).confidence(), text);
      }
      for (int i = 1; i < read.reasons().size(); i++) {
        assertTrue(read.reasons().get(i - 1).confidence() >= read.reasons().get(i).confidence(), text);
      }
      assertEquals(1.0, read.readings().stream().mapToDouble(Classification.Alternative::confidence).sum(), 1e-6);
    }
  }
}
