package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.debtorcase.CaseCommand.*;
import org.relance.debtorcase.CaseEvent.*;
import org.relance.debtorcase.CaseReply.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What each change command means for an opened case at an instant: the events to record, or why
 * it is refused. Pure: the entity persists what is decided here.
 */
final class CaseDecisions {

  /** The events of an accepted command, or the refusal of a rejected one. */
  record Decision(List<CaseEvent> events, Refusal refusal, String message) {

    static Decision accept(CaseEvent... events) {
      return new Decision(List.of(events), null, null);
    }

    static Decision accept(List<CaseEvent> events) {
      return new Decision(List.copyOf(events), null, null);
    }

    static Decision refuse(Refusal refusal, String message) {
      return new Decision(List.of(), refusal, message);
    }

    boolean refused() {
      return refusal != null;
    }
  }

  private CaseDecisions() {}

  static Decision decide(CaseFile f, Change command, Instant now) {
    if (command instanceof Open) {
      return Decision.refuse(Refusal.CONFLICT, "this case is already open");
    }
    if (command instanceof RecordMessage m) {
      return Decision.accept(new MessageRecorded(m.direction(), m.channel(), m.text(), now, m.delivery(),
          m.deliveryDetail(), m.party(), m.chatId(), m.recipient(), m.messageId()));
    }
    if (command instanceof RecordEmailBounce b) {
      return Decision.accept(new EmailBounced(b.recipient(), b.messageId(), b.detail(), now));
    }
    if (command instanceof RecordLetterIssued l) {
      return Decision.accept(new LetterIssued(l.stage(), l.date(), l.sha256(), now));
    }
    if (command instanceof RecordDebtorMessageSuperseded m) {
      return Decision.accept(new DebtorMessageSuperseded(m.stage(), m.reason(), now, m.note()));
    }
    if (command instanceof RecordLetterPosted p) {
      return letterPosted(f, p, now);
    }
    if (command instanceof UpdateTerms u) {   // terms the case already has are no new fact
      return u.terms().equals(f.terms()) ? Decision.accept() : Decision.accept(new TermsUpdated(u.terms(), now));
    }
    if (command instanceof ErasePersonalData) {
      return f.closure() == null
          ? Decision.refuse(Refusal.CONFLICT, "the case is open: its debtor's data is still needed to collect the claim")
          : Decision.accept(new PersonalDataErased(now));
    }
    if (f.closure() != null) {
      return Decision.refuse(Refusal.CONFLICT, "the case is closed (" + f.closure().name().toLowerCase() + ")");
    }
    if (command instanceof Correction c) {
      return CaseCorrections.decide(f, c, now);
    }
    if (command instanceof AddInvoice c) {
      return addInvoice(f, c, now);
    } else if (command instanceof RecordPayment c) {
      return payment(f, c.amount(), c.date(), c.method(), false, now);
    } else if (command instanceof RecordPromise c) {
      return promise(f, c, now);
    } else if (command instanceof ConfirmPromiseBroken) {
      if (f.promise() == null) {
        return Decision.refuse(Refusal.CONFLICT, "there is no promise to mark as broken");
      }
      return Decision.accept(withTaskDone(f, OwnerTask.Kind.ASK_PROMISE_PAID, now,
          new PromiseBroken(BrokenBecause.OWNER_SAID_UNPAID, now)));
    } else if (command instanceof ProposePlan c) {
      return plan(f, c, now);
    } else if (command instanceof ApprovePlan) {
      if (f.planProposal() == null) {
        return Decision.refuse(Refusal.CONFLICT, "there is no proposed plan waiting for approval");
      }
      return Decision.accept(withTaskDone(f, OwnerTask.Kind.DECIDE_PLAN, now, new PlanAgreed(f.planProposal(), true, now)));
    } else if (command instanceof RejectPlan) {
      if (f.planProposal() == null) {
        return Decision.refuse(Refusal.CONFLICT, "there is no proposed plan waiting for approval");
      }
      return Decision.accept(withTaskDone(f, OwnerTask.Kind.DECIDE_PLAN, now, new PlanRejected(now)));
    } else if (command instanceof ClaimPayment c) {
      LocalDate askOn = CaseRules.today(f, now).plusDays(f.terms().ladder().claimedPaymentWaitDays());
      return Decision.accept(new PaymentClaimed(new ClaimedPayment(c.date(), c.method(), c.words(), now),
          CaseRules.newTask(f, OwnerTask.Kind.CONFIRM_CLAIMED_PAYMENT, null, now, askOn)));
    } else if (command instanceof ConfirmClaimedPayment c) {
      return confirmClaim(f, c, now);
    } else if (command instanceof DenyClaimedPayment) {
      if (f.claimedPayment() == null) {
        return Decision.refuse(Refusal.CONFLICT, "there is no claimed payment to deny");
      }
      return Decision.accept(withTaskDone(f, OwnerTask.Kind.CONFIRM_CLAIMED_PAYMENT, now, new ClaimedPaymentDenied(now)));
    } else if (command instanceof OpenDispute c) {
      if (f.dispute() != null) {
        return Decision.refuse(Refusal.CONFLICT, "a dispute is already open");
      }
      return Decision.accept(new DisputeOpened(new Dispute(c.reason(), now),
          CaseRules.newTask(f, OwnerTask.Kind.RESOLVE_DISPUTE, null, now)));
    } else if (command instanceof ResolveDispute c) {
      return resolveDispute(f, c, now);
    } else if (command instanceof Pause c) {
      if (c.until() != null && !c.until().isAfter(CaseRules.today(f, now))) {
        return Decision.refuse(Refusal.INVALID, "until must be a day after today");
      }
      return Decision.accept(new CasePaused(c.until(), now));
    } else if (command instanceof Resume) {
      if (!f.ownerPaused()) {
        return Decision.refuse(Refusal.CONFLICT, "the case is not paused by the owner");
      }
      return Decision.accept(new CaseResumed(now));
    } else if (command instanceof CompleteTask c) {
      return task(f, c.taskId(), new TaskDone(c.taskId(), now));
    } else if (command instanceof SnoozeTask c) {
      LocalDate until = CaseRules.today(f, now).plusDays(Math.max(1, f.terms().ladder().taskSnoozeDays()));
      return task(f, c.taskId(), new TaskSnoozed(c.taskId(), until, now));
    } else if (command instanceof StopContact c) {
      return Decision.accept(new ContactStopped(c.reason(), now));
    } else if (command instanceof RecordDelayReason c) {
      return Decision.accept(new DelayReasonRecorded(c.reason(), c.words(), now));
    } else if (command instanceof RecordProceedings c) {
      return CaseProceedings.record(f, c, now);
    } else if (command instanceof LiftProceedings) {
      return CaseProceedings.lift(f, now);
    } else if (command instanceof ChooseCourse c) {
      return c.course() == f.course() ? Decision.accept()
          : Decision.accept(new CourseChosen(c.course(), DebtorProfile.of(f).kind(), now));
    } else if (command instanceof SetImportant c) {
      return c.important() == f.important() ? Decision.accept() : Decision.accept(new ImportanceSet(c.important(), now));
    } else if (command instanceof LogCall c) {
      return CaseFollowThrough.logCall(f, c, now);
    } else if (command instanceof ConfirmInstallmentMissed) {
      return CaseFollowThrough.ownerSaysMissed(f, now);
    } else if (command instanceof WriteOff) {
      return Decision.accept(new CaseClosed(Closure.WRITTEN_OFF, now));
    } else if (command instanceof Cancel) {
      return Decision.accept(new CaseClosed(Closure.CANCELLED, now));
    }
    throw new IllegalArgumentException("unhandled command " + command.getClass().getSimpleName());
  }

  private static Decision addInvoice(CaseFile f, AddInvoice c, Instant now) {
    if (f.invoice(c.invoice().number()).isPresent()) {
      return Decision.refuse(Refusal.CONFLICT, "invoice " + c.invoice().number() + " is already in this case");
    }
    if (!c.invoice().amount().currency().equals(f.currency())) {
      return Decision.refuse(Refusal.INVALID, "currency must be " + f.currency() + ", the currency of this case");
    }
    return Decision.accept(new InvoiceAdded(c.invoice(), now));
  }

  private static Decision payment(CaseFile f, Money amount, LocalDate date, org.relance.common.PaymentMethod method,
                                  boolean credit, Instant now) {
    if (!amount.currency().equals(f.currency())) {
      return Decision.refuse(Refusal.INVALID, "currency must be " + f.currency() + ", the currency of this case");
    }
    if (amount.amount().compareTo(f.balance().amount()) > 0) {
      return Decision.refuse(Refusal.INVALID,
          "amount " + amount.amount().toPlainString() + " is more than the balance of " + f.balance().amount().toPlainString());
    }
    PaymentRecord record = new PaymentRecord("p" + (f.payments().size() + 1), amount, date, method, credit,
        CaseRules.allocate(f, amount), now);
    PaymentRecorded recorded = new PaymentRecorded(record);
    List<CaseEvent> events = new ArrayList<>(List.of(recorded));
    events.addAll(CaseRules.settledBy(f.apply(recorded), now));
    return Decision.accept(events);
  }

  private static Decision promise(CaseFile f, RecordPromise c, Instant now) {
    if (f.proceedings() != null) {
      return CaseProceedings.noPayment("a promise");
    }
    if (c.date().isBefore(CaseRules.today(f, now))) {
      return Decision.refuse(Refusal.INVALID, "date must be today or later");
    }
    if (c.amount() != null && !c.amount().currency().equals(f.currency())) {
      return Decision.refuse(Refusal.INVALID, "currency must be " + f.currency() + ", the currency of this case");
    }
    if (c.amount() != null && c.amount().amount().compareTo(f.balance().amount()) > 0) {
      return Decision.refuse(Refusal.INVALID, "amount is more than the balance of " + f.balance().amount().toPlainString());
    }
    return Decision.accept(new PromiseRecorded(new Promise(c.date(), c.amount(), c.method(), c.words(), now, null)));
  }

  private static Decision plan(CaseFile f, ProposePlan c, Instant now) {
    if (f.proceedings() != null) {
      return CaseProceedings.noPayment("a plan");
    }
    Money total = c.installments().stream().map(Installment::amount).reduce(Money.zero(f.currency()), Money::plus);
    if (total.amount().compareTo(f.balance().amount()) > 0) {
      return Decision.refuse(Refusal.INVALID, "installments add up to " + total.amount().toPlainString()
          + ", more than the balance of " + f.balance().amount().toPlainString());
    }
    if (f.plan() != null || f.planProposal() != null) {
      return Decision.refuse(Refusal.CONFLICT, "a plan is already " + (f.plan() != null ? "agreed" : "waiting for approval"));
    }
    Plan plan = new Plan(c.installments(), c.words(), false, now);
    if (CaseRules.withinPolicy(f, c.installments(), CaseRules.today(f, now))) {
      return Decision.accept(new PlanAgreed(plan, false, now));
    }
    return Decision.accept(new PlanProposed(plan, CaseRules.newTask(f, OwnerTask.Kind.DECIDE_PLAN, null, now)));
  }

  private static Decision confirmClaim(CaseFile f, ConfirmClaimedPayment c, Instant now) {
    if (f.claimedPayment() == null) {
      return Decision.refuse(Refusal.CONFLICT, "there is no claimed payment to confirm");
    }
    Money amount = c.amount() == null ? f.balance() : c.amount();
    LocalDate date = f.claimedPayment().date() == null ? CaseRules.today(f, now) : f.claimedPayment().date();
    Decision payment = payment(f, amount, date, f.claimedPayment().method(), false, now);
    if (payment.refused()) {
      return payment;
    }
    List<CaseEvent> events = new ArrayList<>(withTaskDone(f, OwnerTask.Kind.CONFIRM_CLAIMED_PAYMENT, now,
        new ClaimedPaymentConfirmed(now)));
    events.addAll(payment.events());
    return Decision.accept(events);
  }

  private static Decision resolveDispute(CaseFile f, ResolveDispute c, Instant now) {
    if (f.dispute() == null) {
      return Decision.refuse(Refusal.CONFLICT, "there is no open dispute");
    }
    List<CaseEvent> events = new ArrayList<>(withTaskDone(f, OwnerTask.Kind.RESOLVE_DISPUTE, now,
        new DisputeResolved(c.outcome(), c.amount(), now)));
    Money credit = switch (c.outcome()) {
      case CREDIT_NOTE -> c.amount();
      case CORRECTED_AMOUNT -> c.amount() == null ? null : f.balance().minus(c.amount());
      default -> null;
    };
    if ((c.outcome() == DisputeOutcome.CREDIT_NOTE || c.outcome() == DisputeOutcome.CORRECTED_AMOUNT)
        && (credit == null || credit.amount().signum() < 0)) {
      return Decision.refuse(Refusal.INVALID, "amount is required and must not exceed the balance of "
          + f.balance().amount().toPlainString());
    }
    if (credit != null && credit.isPositive()) {
      Decision applied = payment(f.apply(events.get(events.size() - 1)), credit, CaseRules.today(f, now), null, true, now);
      if (applied.refused()) {
        return applied;
      }
      events.addAll(applied.events());
    }
    if (c.outcome() == DisputeOutcome.CANCELLED) {
      events.add(new CaseClosed(Closure.CANCELLED, now));
    }
    return Decision.accept(events);
  }

  /** The letter must have been issued; posting it completes the owner's task to post that letter. */
  private static Decision letterPosted(CaseFile f, RecordLetterPosted c, Instant now) {
    LocalDate today = CaseRules.today(f, now);
    LocalDate date = c.date() == null ? today : c.date();
    String number = c.registeredNumber() == null || c.registeredNumber().isBlank() ? null
        : c.registeredNumber().strip();
    var letter = f.issuedLetter(c.stage());
    if (letter.isEmpty()) {
      return Decision.refuse(Refusal.NOT_FOUND, "no " + c.stage().wire() + " was issued on this case");
    }
    if (date.isAfter(today) || date.isBefore(letter.get().date())) {
      return Decision.refuse(Refusal.INVALID, "date must be between the letter's date, " + letter.get().date()
          + ", and today");
    }
    if (number != null && number.length() > 64) {
      return Decision.refuse(Refusal.INVALID, "registeredNumber must be at most 64 characters");
    }
    if (letter.get().postedOn() != null && (number == null || number.equals(letter.get().registeredNumber()))) {
      return Decision.refuse(Refusal.CONFLICT, "the " + c.stage().wire() + " is already recorded as posted on "
          + letter.get().postedOn());
    }
    List<CaseEvent> events = new ArrayList<>();
    f.openTasks().stream().filter(t -> t.kind() == OwnerTask.Kind.POST_LETTER && t.stage() == c.stage())
        .forEach(t -> events.add(new TaskDone(t.id(), now)));
    events.add(new LetterPosted(c.stage(), date, number, now));
    return Decision.accept(events);
  }

  private static Decision task(CaseFile f, String taskId, CaseEvent event) {
    var task = f.task(taskId);
    if (task.isEmpty()) {
      return Decision.refuse(Refusal.NOT_FOUND, "no task " + taskId + " in this case");
    }
    if (!task.get().isOpen()) {
      return Decision.refuse(Refusal.CONFLICT, "task " + taskId + " is already done");
    }
    return Decision.accept(event);
  }

  /** The event, preceded by marking done the open task of that kind it answers. */
  static List<CaseEvent> withTaskDone(CaseFile f, OwnerTask.Kind kind, Instant now, CaseEvent event) {
    List<CaseEvent> events = new ArrayList<>();
    f.openTask(kind).ifPresent(t -> events.add(new TaskDone(t.id(), now)));
    events.add(event);
    return events;
  }
}
