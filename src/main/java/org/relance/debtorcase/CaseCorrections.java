package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.debtorcase.CaseDecisions.Decision;
import org.relance.debtorcase.CaseEvent.*;
import org.relance.debtorcase.CaseReply.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The owner's say on what the bot captured from the debtor, as pure decisions: a promise, a plan,
 * a reason or a claimed payment corrected or struck out. Striking something out resumes the ladder
 * as if it had never been captured (it counts neither kept nor broken); a correction keeps the
 * debtor's words. Asking to change what is not there is refused with the reason.
 */
final class CaseCorrections {

  private CaseCorrections() {}

  static Decision decide(CaseFile f, Correction command, Instant now) {
    if (command instanceof WithdrawPromise) {
      if (f.promise() == null) {
        return Decision.refuse(Refusal.CONFLICT, "there is no promise to strike out");
      }
      return Decision.accept(CaseDecisions.withTaskDone(f, OwnerTask.Kind.ASK_PROMISE_PAID, now,
          new PromiseWithdrawnByOwner(now)));
    } else if (command instanceof CorrectPlan c) {
      return correctPlan(f, c.installments(), now);
    } else if (command instanceof WithdrawPlan) {
      if (f.plan() == null && f.planProposal() == null) {
        return Decision.refuse(Refusal.CONFLICT, "there is no plan to strike out");
      }
      List<CaseEvent> events = new java.util.ArrayList<>();
      f.openTask(OwnerTask.Kind.ASK_INSTALLMENT_PAID).ifPresent(t -> events.add(new TaskDone(t.id(), now)));
      events.addAll(CaseDecisions.withTaskDone(f, OwnerTask.Kind.DECIDE_PLAN, now, new PlanWithdrawnByOwner(now)));
      return Decision.accept(events);
    } else if (command instanceof CorrectDelayReason c) {
      if (f.delayReasons().isEmpty()) {
        return Decision.refuse(Refusal.CONFLICT, "there is no reason for delay to correct");
      }
      if (c.reason() == null) {
        return Decision.refuse(Refusal.INVALID, "reason is required");
      }
      return Decision.accept(new DelayReasonCorrectedByOwner(lastReason(f).reason(), c.reason(), now));
    } else if (command instanceof WithdrawDelayReason) {
      if (f.delayReasons().isEmpty()) {
        return Decision.refuse(Refusal.CONFLICT, "there is no reason for delay to strike out");
      }
      return Decision.accept(new DelayReasonWithdrawnByOwner(lastReason(f).reason(), now));
    } else if (command instanceof CorrectClaimedPayment c) {
      return correctClaim(f, c, now);
    }
    throw new IllegalArgumentException("unhandled correction " + command.getClass().getSimpleName());
  }

  private static Decision correctPlan(CaseFile f, List<Installment> installments, Instant now) {
    Plan current = f.plan() != null ? f.plan() : f.planProposal();
    if (current == null) {
      return Decision.refuse(Refusal.CONFLICT, "there is no plan to correct");
    }
    if (installments == null || installments.isEmpty()) {
      return Decision.refuse(Refusal.INVALID, "at least one instalment is required");
    }
    LocalDate today = CaseRules.today(f, now);
    Money total = Money.zero(f.currency());
    LocalDate previous = null;
    for (Installment installment : installments) {
      if (!installment.amount().currency().equals(f.currency())) {
        return Decision.refuse(Refusal.INVALID, "currency must be " + f.currency() + ", the currency of this case");
      }
      if (!installment.amount().isPositive()) {
        return Decision.refuse(Refusal.INVALID, "every instalment must be more than zero");
      }
      if (installment.date().isBefore(today) || (previous != null && !installment.date().isAfter(previous))) {
        return Decision.refuse(Refusal.INVALID, "instalments must fall on different days, in order, from today on");
      }
      previous = installment.date();
      total = total.plus(installment.amount());
    }
    if (total.amount().compareTo(f.balance().amount()) > 0) {
      return Decision.refuse(Refusal.INVALID, "instalments add up to " + total.amount().toPlainString()
          + ", more than the balance of " + f.balance().amount().toPlainString());
    }
    List<Installment> unpaid = installments.stream().map(i -> new Installment(i.date(), i.amount(), false)).toList();
    return Decision.accept(CaseDecisions.withTaskDone(f, OwnerTask.Kind.DECIDE_PLAN, now,
        new PlanCorrectedByOwner(new Plan(unpaid, current.words(), true, now), now)));
  }

  private static Decision correctClaim(CaseFile f, CorrectClaimedPayment c, Instant now) {
    ClaimedPayment claim = f.claimedPayment();
    if (claim == null) {
      return Decision.refuse(Refusal.CONFLICT, "there is no claimed payment to correct");
    }
    if (c.date() == null && c.method() == null) {
      return Decision.refuse(Refusal.INVALID, "a date or a method is required");
    }
    if (c.date() != null && c.date().isAfter(CaseRules.today(f, now))) {
      return Decision.refuse(Refusal.INVALID, "a payment already made cannot be dated after today");
    }
    return Decision.accept(new ClaimedPaymentCorrectedByOwner(c.date() == null ? claim.date() : c.date(),
        c.method() == null ? claim.method() : c.method(), now));
  }

  private static ReasonRecord lastReason(CaseFile f) {
    return f.delayReasons().get(f.delayReasons().size() - 1);
  }

  /** The reasons after the owner's correction or strike-out of the last one. */
  static List<ReasonRecord> reasonsAfter(List<ReasonRecord> reasons, CaseEvent event) {
    List<ReasonRecord> after = new ArrayList<>(reasons);
    if (after.isEmpty()) {
      return after;
    }
    ReasonRecord last = after.remove(after.size() - 1);
    if (event instanceof DelayReasonCorrectedByOwner e) {
      after.add(new ReasonRecord(e.reason(), last.words(), last.at()));
    }
    return after;
  }
}
