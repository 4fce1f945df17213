package org.relance.ladder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.relance.common.WireNames;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a case's ladder is steered, from the debtor's profile (DOMAIN.md) or the customer's importance:
 * <ul>
 *   <li>{@link #STANDARD}: the ladder as configured;</li>
 *   <li>{@link #GENTLE}, an important customer's default: the friendly rung with its phone call stays
 *   where it is (the seeds: phone first, courteously, to keep the relationship), and every letter from the
 *   first one on comes {@code gentle-extra-days} later;</li>
 *   <li>{@link #PLAN}, for a debtor who cannot pay: the owner offers a payment plan and the letters
 *   wait {@code plan-extra-days} more for it;</li>
 *   <li>{@link #FIRM}, for a strategic delayer: no warning letter, the formal notice comes on the
 *   warning letter's day;</li>
 *   <li>{@link #EARLY_HANDOVER}, for an avoider: no warning letter, the formal notice on its day,
 *   and the handover on the formal notice's day (the minimum gap between rungs still holds).</li>
 * </ul>
 * Written in JSON by its lowercase name.
 */
public enum Steering {
  STANDARD, GENTLE, PLAN, FIRM, EARLY_HANDOVER;

  /** The settings with this steering's delays. */
  LadderSettings adjust(LadderSettings settings) {
    return switch (this) {
      case STANDARD -> settings;
      case GENTLE -> settings.lettersLater(settings.gentleExtraDays());
      case PLAN -> settings.lettersLater(settings.planExtraDays());
      case FIRM -> settings.formalNoticeSooner(false);
      case EARLY_HANDOVER -> settings.formalNoticeSooner(true);
    };
  }

  /** The rungs this steering leaves out. */
  Set<Stage> skipped() {
    return this == FIRM || this == EARLY_HANDOVER ? EnumSet.of(Stage.WARNING_LETTER) : EnumSet.noneOf(Stage.class);
  }

  @JsonValue
  public String wire() {
    return WireNames.of(this);
  }

  @JsonCreator
  public static Steering fromWire(String text) {
    return WireNames.parse(Steering.class, text, "course");
  }
}
