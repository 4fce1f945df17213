package org.relance.ladder;

import org.relance.limits.InputLimits;

import com.typesafe.config.Config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The delays of the escalation ladder and its branches, in days (DOMAIN.md); defaults in
 * {@code relance.ladder}, any of them overridable per business by the same key. The last five came
 * later: terms recorded before {@code gentle-extra-days} and {@code plan-extra-days} (see {@link Steering})
 * read 0 (no delay added) until the business's terms are next refreshed; those recorded before the plan
 * and call settings read the shipped defaults.
 */
public record LadderSettings(
    int preDueDaysBefore,
    int friendlyDaysAfter,
    int firstLetterDaysAfter,
    int warningLetterDaysAfter,
    int formalNoticeDaysAfter,
    int handoverDaysAfter,
    int minimumGapDays,
    int promiseGraceDays,
    int promiseOwnerSilenceDays,
    int claimedPaymentWaitDays,
    int taskSnoozeDays,
    int claimDeclarationReminderDays,
    int gentleExtraDays,
    int planExtraDays,
    Integer planReminderDaysBefore,
    Integer missedInstallmentNoticeDays,
    Integer callRetryDays) implements org.relance.serialization.JsonSerializable {

  /**
   * The settings added with plans followed through and calls logged read, in cases opened before them
   * (their terms journaled without these keys), as shipped in {@code relance.ladder}.
   */
  public LadderSettings {
    planReminderDaysBefore = planReminderDaysBefore == null ? 2 : planReminderDaysBefore;
    missedInstallmentNoticeDays = missedInstallmentNoticeDays == null ? 3 : missedInstallmentNoticeDays;
    callRetryDays = callRetryDays == null ? 2 : callRetryDays;
  }

  /** The keys a business may override, as in {@code relance.ladder}. */
  public static final java.util.List<String> KEYS = java.util.List.of(
      "pre-due-days-before", "friendly-days-after", "first-letter-days-after", "warning-letter-days-after",
      "formal-notice-days-after", "handover-days-after", "minimum-gap-days", "promise-grace-days",
      "promise-owner-silence-days", "claimed-payment-wait-days", "task-snooze-days", "claim-declaration-reminder-days",
      "gentle-extra-days", "plan-extra-days", "plan-reminder-days-before", "missed-installment-notice-days",
      "call-retry-days");

  public static LadderSettings from(Config ladder) {
    Map<String, Integer> values = new LinkedHashMap<>();
    for (String key : KEYS) {
      values.put(key, ladder.getInt(key));
    }
    return fromMap(values);
  }

  /** These settings with some keys replaced; an unknown key or a negative value is refused. */
  public LadderSettings withOverrides(Map<String, Integer> overrides) {
    if (overrides == null || overrides.isEmpty()) {
      return this;
    }
    Map<String, Integer> values = asMap();
    for (var entry : overrides.entrySet()) {
      if (!values.containsKey(entry.getKey())) {
        throw new IllegalArgumentException("ladderOverrides: unknown setting '" + entry.getKey() + "' (known: "
            + String.join(", ", KEYS) + ")");
      }
      if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > InputLimits.DAY_SPAN) {
        throw new IllegalArgumentException("ladderOverrides." + entry.getKey() + " must be from 0 to "
            + InputLimits.DAY_SPAN + " days");
      }
      values.put(entry.getKey(), entry.getValue());
    }
    return fromMap(values);
  }

  private Map<String, Integer> asMap() {
    int[] all = {preDueDaysBefore, friendlyDaysAfter, firstLetterDaysAfter, warningLetterDaysAfter,
        formalNoticeDaysAfter, handoverDaysAfter, minimumGapDays, promiseGraceDays, promiseOwnerSilenceDays,
        claimedPaymentWaitDays, taskSnoozeDays, claimDeclarationReminderDays, gentleExtraDays, planExtraDays,
        planReminderDaysBefore, missedInstallmentNoticeDays, callRetryDays};
    Map<String, Integer> values = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.size(); i++) {
      values.put(KEYS.get(i), all[i]);
    }
    return values;
  }

  private static LadderSettings fromMap(Map<String, Integer> v) {
    LadderSettings settings = new LadderSettings(v.get("pre-due-days-before"), v.get("friendly-days-after"),
        v.get("first-letter-days-after"), v.get("warning-letter-days-after"), v.get("formal-notice-days-after"),
        v.get("handover-days-after"), v.get("minimum-gap-days"), v.get("promise-grace-days"),
        v.get("promise-owner-silence-days"), v.get("claimed-payment-wait-days"), v.get("task-snooze-days"),
        v.get("claim-declaration-reminder-days"), v.get("gentle-extra-days"), v.get("plan-extra-days"),
        v.get("plan-reminder-days-before"), v.get("missed-installment-notice-days"), v.get("call-retry-days"));
    if (!(settings.friendlyDaysAfter <= settings.firstLetterDaysAfter
        && settings.firstLetterDaysAfter <= settings.warningLetterDaysAfter
        && settings.warningLetterDaysAfter <= settings.formalNoticeDaysAfter
        && settings.formalNoticeDaysAfter <= settings.handoverDaysAfter)) {
      throw new IllegalArgumentException("ladder: the steps after the due date must come in order "
          + "(friendly <= first letter <= warning letter <= formal notice <= handover)");
    }
    return settings;
  }

  /** These settings with every rung from the first letter on {@code days} later (the order is kept). */
  LadderSettings lettersLater(int days) {
    return new LadderSettings(preDueDaysBefore, friendlyDaysAfter, firstLetterDaysAfter + days,
        warningLetterDaysAfter + days, formalNoticeDaysAfter + days, handoverDaysAfter + days, minimumGapDays,
        promiseGraceDays, promiseOwnerSilenceDays, claimedPaymentWaitDays, taskSnoozeDays,
        claimDeclarationReminderDays, gentleExtraDays, planExtraDays, planReminderDaysBefore,
        missedInstallmentNoticeDays, callRetryDays);
  }

  /** These settings with the formal notice on the warning letter's day and, if {@code handoverToo}, the handover on the formal notice's. */
  LadderSettings formalNoticeSooner(boolean handoverToo) {
    return new LadderSettings(preDueDaysBefore, friendlyDaysAfter, firstLetterDaysAfter, warningLetterDaysAfter,
        warningLetterDaysAfter, handoverToo ? formalNoticeDaysAfter : handoverDaysAfter, minimumGapDays,
        promiseGraceDays, promiseOwnerSilenceDays, claimedPaymentWaitDays, taskSnoozeDays,
        claimDeclarationReminderDays, gentleExtraDays, planExtraDays, planReminderDaysBefore,
        missedInstallmentNoticeDays, callRetryDays);
  }

  /** Days from the due date to the stage's day (negative before it). */
  public int offsetDays(Stage stage) {
    return switch (stage) {
      case NOT_DUE -> Integer.MIN_VALUE;
      case PRE_DUE -> -preDueDaysBefore;
      case DUE -> 0;
      case FRIENDLY -> friendlyDaysAfter;
      case FIRST_LETTER -> firstLetterDaysAfter;
      case WARNING_LETTER -> warningLetterDaysAfter;
      case FORMAL_NOTICE -> formalNoticeDaysAfter;
      case HANDOVER -> handoverDaysAfter;
    };
  }
}
