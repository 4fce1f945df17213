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
  void choosesTheThresholdFromWhichTheReadingsAreRightOftenEnough() {
    List<Scorecard.Outcome> readings = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      readings.add(outcome(Intent.OTHER, Intent.OTHER, 0.95));
      readings.add(outcome(Intent.OTHER, i % 5 == 0 ? Intent.ACKNOWLEDGE : Intent.OTHER, 0.75));
      readings.add(outcome(Intent.OTHER, i % 2 == 0 ? Intent.ACKNOWLEDGE : Intent.OTHER, 0.55));
    }
    Scorecard spread = new Scorecard(readings);
    // right 100 % at 0.95, 80 % at 0.75, 50 % at 0.55: windows of 0.10 reaching back to 0.55 fall under 75 %
    Scorecard.ThresholdPoint point = spread.chooseThreshold(0.75, 0.10, 10);
    assertEquals(0.56, point.threshold(), 1e-9);
    assertEquals(20.0 / 60, point.uncertainShare(), 1e-9);
    assertEquals(0.0, spread.chooseThreshold(0.40, 0.10, 10).threshold(), 1e-9);
    assertEquals(0.76, spread.chooseThreshold(0.90, 0.10, 10).threshold(), 1e-9);
  }

  @Test
  void countsAFalseReasonWhenAReasonIsGivenThatTheLabelDoesNotHave() {
    Scorecard reasons = new Scorecard(List.of(
        new Scorecard.Outcome(Intent.DELAY_REASON, Intent.DELAY_REASON, 0.9, DelayReason.FORGOT, DelayReason.FORGOT, Language.FR, Language.FR),
        new Scorecard.Outcome(Intent.PROMISE_TO_PAY, Intent.PROMISE_TO_PAY, 0.9, null, DelayReason.ABSENCE, Language.FR, Language.FR),
        new Scorecard.Outcome(Intent.DELAY_REASON, Intent.DELAY_REASON, 0.9, DelayReason.FORGOT, DelayReason.BANK_ISSUE, Language.EN, Language.EN),
        new Scorecard.Outcome(Intent.DELAY_REASON, Intent.OTHER, 0.9, DelayReason.FORGOT, null, Language.EN, Language.EN)));
    assertEquals(0.25, reasons.reasonAccuracy(), 1e-9);
    assertEquals(0.5, reasons.falseReasonRate(), 1e-9);
    assertEquals(0.5, reasons.only(Language.FR).falseReasonRate(), 1e-9);
    assertEquals(2, reasons.only(Language.EN).size());
  }

  @Test
  void drawsTheReliabilityDiagramAndItsCalibrationError() {
    List<Scorecard.ReliabilityBin> bins = card.reliability(10);
    assertEquals(10, bins.size());
    Scorecard.ReliabilityBin high = bins.get(9);
    assertEquals(1, high.count());
    assertEquals(0.9, high.meanConfidence(), 1e-9);
    assertEquals(1.0, high.accuracy(), 1e-9);
    assertEquals(0.0, bins.get(3).accuracy(), 1e-9);
    assertEquals(1, bins.get(3).count());
    // |0.9-1| + |0.8-1| + |0.3-0| + |0.7-1|, over 4 readings
    assertEquals((0.1 + 0.2 + 0.3 + 0.3) / 4, card.expectedCalibrationError(10), 1e-9);
    assertEquals(8, card.plus(card).size());
  }
}
