package org.relance.debtorcase;

import org.relance.business.PlanPolicy;
import org.relance.common.Money;
import org.relance.debtorcase.CaseEvent.*;
import org.relance.ladder.Ladder;
import org.relance.ladder.Stage;
import org.relance.limits.SafeDays;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The decisions of a case, as pure functions of its file and an instant: what falls due (ladder
 * rungs and branch deadlines), when it next needs waking, how a payment is allocated and what it
 * settles, and whether a plan fits the business's policy. No I/O, no clock of its own.
 */
public final class CaseRules {

  private CaseRules() {}

  /** The next rung of the ladder and when, unless the case is closed or held. */
  public static Optional<Ladder.NextStep> nextStep(CaseFile f) {
    if (f.closure() != null || !f.holds().isEmpty()) {
      return Optional.empty();
    }
    return ladderNext(f);
  }

  /** The next rung regardless of holds (what comes once the case resumes). */
  public static Optional<Ladder.NextStep> ladderNext(CaseFile f) {
    LocalDate openedOn = f.openedAt().atZone(f.terms().zone()).toLocalDate();
    return new Ladder(f.terms().ladder(), steering(f))
        .next(new Ladder.Position(f.stage(), f.lastSendingDay(), f.ladderDueDate(), openedOn), f.terms().zone());
  }

  /** How the ladder is steered: the course the owner chose, else gentler for an important customer. */
  public static org.relance.ladder.Steering steering(CaseFile f) {
    return f.course() != null ? f.course()
        : f.important() ? org.relance.ladder.Steering.GENTLE : org.relance.ladder.Steering.STANDARD;
  }

  /** The earliest instant something falls due for this case, or empty when nothing will by itself. */
  public static Optional<Instant> nextWakeAt(CaseFile f) {
    if (f.closure() != null) {
      return Optional.empty();
    }
    return Stream.of(nextStep(f).map(Ladder.NextStep::dueAt), promiseDeadline(f), CaseFollowThrough.nextAt(f),
            pauseEnd(f))
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  /** Every event that has fallen due by {@code now}, in order (several when time jumped). */
  public static List<CaseEvent> dueBy(CaseFile file, Instant now) {
    List<CaseEvent> events = new ArrayList<>();
    CaseFile f = file;
    for (CaseEvent next = firstDue(f, now); next != null; next = firstDue(f, now)) {
      events.add(next);
      f = f.apply(next);
    }
    return events;
  }

  private static CaseEvent firstDue(CaseFile f, Instant now) {
    if (f.closure() != null) {
      return null;
    }
    if (f.promise() != null && promiseDeadline(f).map(d -> !d.isAfter(now)).orElse(false)) {
      if (f.promise().followUpAskedAt() == null) {
        return new PromiseFollowUpAsked(newTask(f, OwnerTask.Kind.ASK_PROMISE_PAID, null, now), now);
      }
      return new PromiseBroken(BrokenBecause.OWNER_SILENT, now);
    }
    CaseEvent planned = CaseFollowThrough.due(f, now);
    if (planned != null) {
      return planned;
    }
    if (f.ownerPaused() && pauseEnd(f).map(d -> !d.isAfter(now)).orElse(false)) {
      return new CaseResumed(now);
    }
    Optional<Ladder.NextStep> step = nextStep(f);
    if (step.isPresent() && !step.get().dueAt().isAfter(now)) {
      return stepReached(f, step.get().stage(), now);
    }
    return null;
  }

  private static StepReached stepReached(CaseFile f, Stage stage, Instant now) {
    OwnerTask.Kind kind = switch (stage) {
      case FRIENDLY -> OwnerTask.Kind.CALL_DEBTOR;
      case FIRST_LETTER, WARNING_LETTER, FORMAL_NOTICE -> OwnerTask.Kind.POST_LETTER;
      case HANDOVER -> OwnerTask.Kind.HANDOVER;
      default -> null;
    };
    List<OwnerTask> tasks = kind == null ? List.of() : List.of(newTask(f, kind, stage, now));
    boolean tellDebtor = stage.sends() && stage != Stage.HANDOVER;
    return new StepReached(stage, now, tasks, tellDebtor);
  }

  /** A new owner task, due today, numbered after the case's earlier tasks. */
  static OwnerTask newTask(CaseFile f, OwnerTask.Kind kind, Stage stage, Instant now) {
    return newTask(f, kind, stage, now, today(f, now));
  }

  static OwnerTask newTask(CaseFile f, OwnerTask.Kind kind, Stage stage, Instant now, LocalDate dueOn) {
    return new OwnerTask("t" + (f.taskCounter() + 1), kind, stage, dueOn, now, null);
  }

  static LocalDate today(CaseFile f, Instant now) {
    return now.atZone(f.terms().zone()).toLocalDate();
  }

  /** The start of {@code day} plus {@code days} in the case's zone; a far date gives the far horizon, never a crash. */
  private static Instant startOf(CaseFile f, LocalDate day, long days) {
    return SafeDays.startOf(day, days, f.terms().zone());
  }

  private static Optional<Instant> promiseDeadline(CaseFile f) {
    Promise p = f.promise();
    if (p == null) {
      return Optional.empty();
    }
    if (p.followUpAskedAt() == null) {
      return Optional.of(startOf(f, p.date(), f.terms().ladder().promiseGraceDays()));
    }
    return Optional.of(startOf(f, today(f, p.followUpAskedAt()), f.terms().ladder().promiseOwnerSilenceDays()));
  }

  private static Optional<Instant> pauseEnd(CaseFile f) {
    return f.ownerPaused() && f.pausedUntil() != null ? Optional.of(startOf(f, f.pausedUntil(), 0)) : Optional.empty();
  }

  /** Splits an amount over the open invoices, oldest due date first. The amount must not exceed the balance. */
  public static List<PaymentRecord.Allocation> allocate(CaseFile f, Money amount) {
    List<PaymentRecord.Allocation> allocations = new ArrayList<>();
    Money left = amount;
    for (Invoice invoice : f.openInvoices()) {
      if (!left.isPositive()) {
        break;
      }
      Money owed = f.outstanding(invoice);
      Money part = owed.amount().compareTo(left.amount()) <= 0 ? owed : left;
      allocations.add(new PaymentRecord.Allocation(invoice.number(), part));
      left = left.minus(part);
    }
    return allocations;
  }

  /** What a just-recorded payment settles: instalments, the promise, the whole case. */
  public static List<CaseEvent> settledBy(CaseFile afterPayment, Instant now) {
    List<CaseEvent> events = new ArrayList<>();
    CaseFile f = afterPayment;
    if (f.plan() != null) {
      Money paid = f.paidSince(f.plan().recordedAt());
      Money cumulative = Money.zero(f.currency());
      for (int i = 0; i < f.plan().installments().size(); i++) {
        Installment installment = f.plan().installments().get(i);
        cumulative = cumulative.plus(installment.amount());
        if (!installment.paid() && paid.amount().compareTo(cumulative.amount()) >= 0) {
          events.add(new InstallmentPaid(i, now));
        }
      }
      if (!events.isEmpty()) {
        f.openTask(OwnerTask.Kind.ASK_INSTALLMENT_PAID).ifPresent(t -> events.add(new TaskDone(t.id(), now)));
      }
    }
    Promise promise = f.promise();
    if (promise != null) {
      Money paid = f.paidSince(promise.recordedAt());
      boolean covered = promise.amount() == null
          ? paid.isPositive()
          : paid.amount().compareTo(promise.amount().amount()) >= 0;
      if (covered || !f.balance().isPositive()) {
        events.add(new PromiseKept(now));
      }
    }
    if (!f.balance().isPositive()) {
      events.add(new CaseClosed(Closure.PAID, now));
    }
    return events;
  }

  /**
   * Whether the bot may agree this plan alone under the business's policy: few enough instalments,
   * over few enough months, a large enough first payment, summing to the balance.
   */
  public static boolean withinPolicy(CaseFile f, List<Installment> installments, LocalDate today) {
    return f.terms().planPolicy().allows(installments.stream()
        .map(i -> new PlanPolicy.Payment(i.date(), i.amount().amount())).toList(), f.balance().amount(), today);
  }
}
