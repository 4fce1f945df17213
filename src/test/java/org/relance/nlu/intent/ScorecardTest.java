package org.relance.nlu.intent;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorecardTest {

  private static Scorecard.Outcome outcome(Intent gold, Intent predicted, double confidence) {
    return new Scorecard.Outcome(gold, predicted, confidence, DelayReason.FORGOT, gold == predicted ? DelayReason.FORGOT : null,
        Language.FR, gold == predicted ? Language.FR : Language.EN);
  }

  private final Scorecard card = new Scorecard(List.of(
      outcome(Intent.STOP_CONTACT, Intent.STOP_CONTACT, 0.9),
      outcome(Intent.STOP_CONTACT, Intent.STOP_CONTACT, 0.8),
      outcome(Intent.STOP_CONTACT, Intent.OTHER, 0.3),
      outcome(Intent.OTHER, Intent.OTHER, 0.7)));

  @Test
  void computesPrecisionRecallAndMacroF1OverPresentIntents() {
    Scorecard.IntentFigures stop = card.perIntent().get(Intent.STOP_CONTACT.ordinal());
    Scorecard.IntentFigures other = card.perIntent().get(Intent.OTHER.ordinal());
    assertEquals(1.0, stop.precision(), 1e-9);
    assertEquals(2.0 / 3, stop.recall(), 1e-9);
    assertEquals(0.5, other.precision(), 1e-9);
    assertEquals(1.0, other.recall(), 1e-9);
    assertEquals((0.8 + 2.0 / 3) / 2, card.macroF1(), 1e-9);
    assertEquals(0.75, card.accuracy(), 1e-9);
    assertEquals(0.75, card.reasonAccuracy(), 1e-9);
    assertEquals(0.75, card.languageAccuracy(), 1e-9);
    assertEquals(1, card.confusion()[Intent.STOP_CONTACT.ordinal()][Intent.OTHER.ordinal()]);
  }

  @Test
  void choosesTheLowestThresholdReachingThePrecisionWithinTheUncertainBudget() {
    Scorecard.ThresholdPoint point = card.chooseThreshold(1.0, 0.5);
    assertEquals(0.31, point.threshold(), 1e-9);
    assertEquals(0.25, point.uncertainShare(), 1e-9);
    Scorecard.ThresholdPoint capped = card.chooseThreshold(1.0, 0.0);
    assertEquals(0.30, capped.threshold(), 1e-9);
  }
}
