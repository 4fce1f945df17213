package org.relance.ladder;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ladder's next step under each steering, from the shipped settings (first letter 15 days after the
 * due date, warning letter 30, formal notice 45, handover 60, minimum gap 7, gentle +14, plan +21), for
 * an invoice due on 1 October 2026.
 */
class SteeringTest {

  private static final LadderSettings SETTINGS = LadderSettings.from(ConfigFactory.load().getConfig("relance.ladder"));
  private static final LocalDate DUE = LocalDate.parse("2026-10-01");
  private static final ZoneId UTC = ZoneOffset.UTC;

  private static String next(Steering steering, Stage stage, String lastSent) {
    Ladder.NextStep step = new Ladder(SETTINGS, steering)
        .next(new Ladder.Position(stage, LocalDate.parse(lastSent), DUE, LocalDate.parse("2026-09-01")), UTC)
        .orElseThrow();
    return step.stage().wire() + " " + step.dueAt().atZone(UTC).toLocalDate();
  }

  @Test
  void aStrategicDelayerGetsTheFormalNoticeInsteadOfTheWarningLetter() {
    assertEquals("warning_letter 2026-10-31", next(Steering.STANDARD, Stage.FIRST_LETTER, "2026-10-16"));
    assertEquals("formal_notice 2026-10-31", next(Steering.FIRM, Stage.FIRST_LETTER, "2026-10-16"));
    assertEquals("handover 2026-11-30", next(Steering.FIRM, Stage.FORMAL_NOTICE, "2026-10-31"));
  }

  @Test
  void anAvoiderIsHandedOverSooner() {
    assertEquals("formal_notice 2026-10-31", next(Steering.EARLY_HANDOVER, Stage.FIRST_LETTER, "2026-10-16"));
    assertEquals("handover 2026-11-15", next(Steering.EARLY_HANDOVER, Stage.FORMAL_NOTICE, "2026-10-31"));
    assertEquals("handover 2026-11-30", next(Steering.STANDARD, Stage.FORMAL_NOTICE, "2026-10-31"));
  }

  @Test
  void theGentleAndPlanLaddersKeepTheCallAndPutTheLettersLater() {
    assertEquals("friendly 2026-10-02", next(Steering.GENTLE, Stage.DUE, "2026-09-24"), "the call stays first");
    assertEquals("first_letter 2026-10-16", next(Steering.STANDARD, Stage.FRIENDLY, "2026-10-02"));
    assertEquals("first_letter 2026-10-30", next(Steering.GENTLE, Stage.FRIENDLY, "2026-10-02"));
    assertEquals("first_letter 2026-11-06", next(Steering.PLAN, Stage.FRIENDLY, "2026-10-02"));
    assertEquals("warning_letter 2026-11-14", next(Steering.GENTLE, Stage.FIRST_LETTER, "2026-10-30"));
  }
}
