package org.relance.nlu.intent;

import org.junit.jupiter.api.Test;
import org.relance.common.Language;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped models must keep their dev-set figures (README, "Understanding replies: intents"),
 * in each language, on the dev set and on its hard slice: each floor is the figure reached minus
 * a small margin, so a change that loses ground fails the build.
 */
class DevSetFloorTest {

  private static final IntentClassifier CLASSIFIER = IntentClassifier.shipped(0.5, Language.FR);

  private static final Map<Language, Double> DEV_MACRO_F1_FLOOR = Map.of(Language.FR, 0.91, Language.EN, 0.91);
  private static final Map<Language, Double> HARD_MACRO_F1_FLOOR = Map.of(Language.FR, 0.91, Language.EN, 0.91);
  private static final double REASON_ACCURACY_FLOOR = 0.92;
  private static final double FALSE_REASON_CEILING = 0.05;
  private static final double LANGUAGE_ACCURACY_FLOOR = 0.97;

  @Test
  void devSetFiguresStayAboveTheFloorInEachLanguage() {
    assertAboveTheFloors("dev set", read(NluData.DEV), DEV_MACRO_F1_FLOOR);
  }

  @Test
  void hardSliceFiguresStayAboveTheFloorInEachLanguage() {
    assertAboveTheFloors("hard dev slice", read(NluData.DEV_HARD), HARD_MACRO_F1_FLOOR);
  }

  private static void assertAboveTheFloors(String name, Scorecard card, Map<Language, Double> macroF1Floor) {
    for (Language lang : Language.values()) {
      Scorecard inLang = card.only(lang);
      assertTrue(inLang.macroF1() >= macroF1Floor.get(lang), lang + " intent macro-F1 on the " + name + " " + inLang.macroF1());
      assertTrue(inLang.reasonAccuracy() >= REASON_ACCURACY_FLOOR, lang + " reason accuracy on the " + name + " " + inLang.reasonAccuracy());
      assertTrue(inLang.falseReasonRate() <= FALSE_REASON_CEILING,
          lang + " false-reason rate on the " + name + " " + inLang.falseReasonRate());
    }
    assertTrue(card.languageAccuracy() >= LANGUAGE_ACCURACY_FLOOR, "language accuracy on the " + name + " " + card.languageAccuracy());
  }

  private static Scorecard read(String split) {
    return new Scorecard(Evaluation.score(text -> CLASSIFIER.classify(text, null), NluData.load(split)));
  }
}
