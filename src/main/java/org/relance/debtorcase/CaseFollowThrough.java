package org.relance.debtorcase;

import org.relance.common.Party;
import org.relance.debtorcase.CaseCommand.LogCall;
import org.relance.debtorcase.CaseDecisions.Decision;
import org.relance.debtorcase.CaseEvent.*;
import org.relance.debtorcase.CaseReply.Refusal;
import org.relance.limits.SafeDays;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A plan followed to its end and a call logged, as pure decisions. A plan's next unpaid instalment
 * brings, in order: a written reminder to the debtor {@code plan-reminder-days-before} days ahead
 * (not when the plan was agreed after that moment, nor once its day has passed), "did they pay?" to
 * the owner the day after it, and, when the owner says no or stays silent
 * {@code promise-owner-silence-days}, the missed instalment, told to both sides, the ladder waiting
 * {@code missed-installment-notice-days} more. What the debtor or the owner is told falls due at
 * {@link #NOTICE_TIME} in the business's zone, never at night. A call's outcome closes or brings back
 * the call task and records what was said (a promise taken by phone has the owner as its source).
 */
final class CaseFollowThrough {

  /** When a plan's notices fall due, in the business's zone: inside any contact window (08:00–20:00 by default). */
  static final Duration NOTICE_TIME = Duration.ofHours(10);

  private CaseFollowThrough() {}

  /** The plan event due by {@code now}, or null. */
  static CaseEvent due(CaseFile f, Instant now) {
    if (f.missedInstallmentNoticeUntil() != null && !noticeEnds(f).isAfter(now)) {
      return new MissedInstallmentNoticeElapsed(now);
    }
    if (f.plan() == null || f.plan().nextUnpaid() == null) {
      return null;
    }
    int index = f.plan().nextUnpaidIndex();
    Installment next = f.plan().nextUnpaid();
    Optional<Instant> reminder = reminderAt(f, next);
    if (reminder.isPresent() && !reminder.get().isAfter(now) && now.isBefore(followUpAt(f, next))) {
      return new InstallmentReminderFellDue(index, next.date(), next.amount(), now);
    }
    if (next.followUpAskedAt() == null) {
      return followUpAt(f, next).isAfter(now) ? null : new InstallmentFollowUpAsked(index,
          CaseRules.newTask(f, OwnerTask.Kind.ASK_INSTALLMENT_PAID, null, now), now);
    }
    if (missedAt(f, next).isAfter(now)) {
      return null;
    }
    Optional<OwnerTask> asked = f.openTask(OwnerTask.Kind.ASK_INSTALLMENT_PAID);
    return asked.isPresent() ? new TaskDone(asked.get().id(), now) : missed(f, index, now);
  }

  /** The next instant a plan event falls due, if any. */
  static Optional<Instant> nextAt(CaseFile f) {
    Optional<Instant> notice = f.missedInstallmentNoticeUntil() == null ? Optional.empty() : Optional.of(noticeEnds(f));
    if (f.plan() == null || f.plan().nextUnpaid() == null) {
      return notice;
    }
    Installment next = f.plan().nextUnpaid();
    Instant followUp = followUpAt(f, next);
    Optional<Instant> planned = next.followUpAskedAt() != null ? Optional.of(missedAt(f, next))
        : reminderAt(f, next).filter(at -> at.isBefore(followUp)).or(() -> Optional.of(followUp));
    return Stream.of(notice, planned).flatMap(Optional::stream).min(Instant::compareTo);
  }

  /** The owner says the instalment asked about did not arrive. */
  static Decision ownerSaysMissed(CaseFile f, Instant now) {
    if (f.plan() == null || f.plan().nextUnpaid() == null) {
      return Decision.refuse(Refusal.CONFLICT, "there is no agreed plan with an instalment to follow");
    }
    return Decision.accept(CaseDecisions.withTaskDone(f, OwnerTask.Kind.ASK_INSTALLMENT_PAID, now,
        missed(f, f.plan().nextUnpaidIndex(), now)));
  }

  /**
   * The events of a call's outcome: the call task done (or back on the retry day), then what was said: a promise
   * (the owner its source), a plan agreed on the phone, the right number, a dispute.
   */
  static Decision logCall(CaseFile f, LogCall c, Instant now) {
    LocalDate today = CaseRules.today(f, now);
    Optional<OwnerTask> task = f.openTask(OwnerTask.Kind.CALL_DEBTOR);
    String taskId = task.map(OwnerTask::id).orElse(null);
    Optional<Decision> refused = refusal(f, c, today);
    if (refused.isPresent()) {
      return refused.get();
    }
    List<CaseEvent> events = new ArrayList<>();
    if (c.outcome() == CallOutcome.UNREACHABLE) {
      LocalDate retryOn = workingDay(SafeDays.plus(today, Math.max(1, f.terms().ladder().callRetryDays())));
      events.add(new CallLogged(taskId, c.outcome(), retryOn, now, c.note(), false));
      task.ifPresent(t -> events.add(new TaskSnoozed(t.id(), retryOn, now)));
      return Decision.accept(events);
    }
    boolean settledOnPhone = c.outcome() == CallOutcome.PLAN_REQUESTED && c.plan() != null
        || c.outcome() == CallOutcome.WRONG_NUMBER && c.newPhone() != null;
    task.ifPresent(t -> events.add(new TaskDone(t.id(), now)));
    events.add(new CallLogged(taskId, c.outcome(), null, now, c.note(), settledOnPhone));
    if (c.outcome() == CallOutcome.PROMISED) {
      events.add(new PromiseRecorded(new Promise(c.promiseDate(), c.amount(), null, c.note(), now, null, Party.OWNER)));
    } else if (c.outcome() == CallOutcome.PLAN_REQUESTED && c.plan() != null) {
      events.add(new PlanAgreed(new Plan(c.plan(), c.note(), true, now), true, now, true));
    } else if (c.outcome() == CallOutcome.WRONG_NUMBER && c.newPhone() != null) {
      events.add(new DebtorPhoneCorrected(c.newPhone().strip(), now));
    } else if (c.outcome() == CallOutcome.DISPUTED && f.dispute() == null) {
      CaseFile after = f;
      for (CaseEvent event : events) {
        after = after.apply(event);
      }
      events.add(new DisputeOpened(new Dispute(c.note(), now), CaseRules.newTask(after, OwnerTask.Kind.RESOLVE_DISPUTE,
          null, now)));
    }
    return Decision.accept(events);
  }

  /** Why a call's outcome cannot be recorded as given, if it cannot. */
  private static Optional<Decision> refusal(CaseFile f, LogCall c, LocalDate today) {
    boolean promised = c.outcome() == CallOutcome.PROMISED;
    if (!promised && (c.promiseDate() != null || c.amount() != null)) {
      return Optional.of(Decision.refuse(Refusal.INVALID, "promiseDate and amount go only with the outcome promised"));
    }
    if (c.plan() != null && c.outcome() != CallOutcome.PLAN_REQUESTED
        || c.newPhone() != null && c.outcome() != CallOutcome.WRONG_NUMBER) {
      return Optional.of(Decision.refuse(Refusal.INVALID, "a plan goes only with plan_requested, a phone number only "
          + "with wrong_number"));
    }
    if (promised && (c.promiseDate() == null || c.promiseDate().isBefore(today))) {
      return Optional.of(Decision.refuse(Refusal.INVALID, "promiseDate must be today or later"));
    }
    if (promised && c.amount() != null && c.amount().amount().compareTo(f.balance().amount()) > 0) {
      return Optional.of(Decision.refuse(Refusal.INVALID, "amount must be at most the balance of "
          + f.balance().amount().toPlainString()));
    }
    if (c.plan() != null) {
      return planRefusal(f, c.plan(), today);
    }
    return promised && f.proceedings() != null ? Optional.of(CaseProceedings.noPayment("a promise")) : Optional.empty();
  }

  private static Optional<Decision> planRefusal(CaseFile f, List<Installment> plan, LocalDate today) {
    if (f.proceedings() != null) {
      return Optional.of(CaseProceedings.noPayment("a plan"));
    }
    if (plan.isEmpty() || plan.stream().anyMatch(i -> i.date().isBefore(today))) {
      return Optional.of(Decision.refuse(Refusal.INVALID, "a plan needs instalments from today on"));
    }
    if (f.plan() != null || f.planProposal() != null) {
      return Optional.of(Decision.refuse(Refusal.CONFLICT, "a plan is already " + (f.plan() != null ? "agreed"
          : "waiting for approval")));
    }
    BigDecimal total = plan.stream().map(i -> i.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    return total.compareTo(f.balance().amount()) > 0 ? Optional.of(Decision.refuse(Refusal.INVALID,
        "installments add up to " + total.toPlainString() + ", more than the balance of "
            + f.balance().amount().toPlainString())) : Optional.empty();
  }

  private static InstallmentMissed missed(CaseFile f, int index, Instant now) {
    Installment missed = f.plan().installments().get(index);
    return new InstallmentMissed(index, now, SafeDays.plus(CaseRules.today(f, now),
        f.terms().ladder().missedInstallmentNoticeDays()), missed.date(), missed.amount());
  }

  private static Optional<Instant> reminderAt(CaseFile f, Installment next) {
    int days = f.terms().ladder().planReminderDaysBefore();
    if (days <= 0 || next.remindedAt() != null || next.followUpAskedAt() != null) {
      return Optional.empty();
    }
    Instant at = daytime(f, next.date().minusDays(days), 0);
    return at.isAfter(f.plan().recordedAt()) ? Optional.of(at) : Optional.empty();
  }

  private static Instant followUpAt(CaseFile f, Installment next) {
    return SafeDays.startOf(next.date(), 1, f.terms().zone());
  }

  private static Instant missedAt(CaseFile f, Installment next) {
    return daytime(f, CaseRules.today(f, next.followUpAskedAt()), f.terms().ladder().promiseOwnerSilenceDays());
  }

  private static Instant noticeEnds(CaseFile f) {
    return SafeDays.startOf(f.missedInstallmentNoticeUntil(), 0, f.terms().zone());
  }

  private static Instant daytime(CaseFile f, LocalDate day, long days) {
    return SafeDays.startOf(day, days, f.terms().zone()).plus(NOTICE_TIME);
  }

  /** The day itself, or the Monday after when it falls on a weekend. */
  private static LocalDate workingDay(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
        : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }
}
