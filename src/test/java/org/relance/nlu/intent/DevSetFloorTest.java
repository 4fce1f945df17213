package org.relance.nlu.intent;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped models must keep their dev-set figures (README, "Understanding replies: intents"). */
class DevSetFloorTest {

  private static final double MACRO_F1_FLOOR = 0.90;
  private static final double REASON_ACCURACY_FLOOR = 0.90;
  private static final double LANGUAGE_ACCURACY_FLOOR = 0.97;

  @Test
  void devSetFiguresStayAboveTheFloor() {
    IntentClassifier classifier = IntentClassifier.shipped(0.5, Language.FR);
    var dev = NluData.load(NluData.DEV);
    Scorecard card = new Scorecard(Evaluation.score(text -> classifier.classify(text, null), dev));
    assertTrue(card.macroF1() >= MACRO_F1_FLOOR, "intent macro-F1 on dev " + card.macroF1());
    assertTrue(card.reasonAccuracy() >= REASON_ACCURACY_FLOOR, "reason accuracy on dev " + card.reasonAccuracy());
    assertTrue(card.languageAccuracy() >= LANGUAGE_ACCURACY_FLOOR, "language accuracy on dev " + card.languageAccuracy());
  }
}
