package org.relance.debtorcase;

import org.relance.debtorcase.CaseEvent.*;
import org.relance.ladder.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mutable working copy of a {@link CaseFile} that applies one event and yields the next
 * immutable file: the event handler of the case, and the only place its state changes.
 */
final class CaseDraft {

  private static final int MAX_REMEMBERED_KEYS = 200;

  private String caseId;
  private CaseTerms terms;
  private Debtor debtor;
  private final List<Invoice> invoices = new ArrayList<>();
  private final List<PaymentRecord> payments = new ArrayList<>();
  private Instant openedAt;
  private Stage stage;
  private LocalDate lastSendingDay;
  private final List<StepRecord> steps = new ArrayList<>();
  private Promise promise;
  private Plan plan;
  private Plan planProposal;
  private ClaimedPayment claimedPayment;
  private Dispute dispute;
  private boolean ownerPaused;
  private LocalDate pausedUntil;
  private ContactStop contactStop;
  private final List<ReasonRecord> delayReasons = new ArrayList<>();
  private final List<OwnerTask> tasks = new ArrayList<>();
  private int taskCounter;
  private Closure closure;
  private Instant closedAt;
  private CaseFile.Counts counts;
  private final List<String> keys = new ArrayList<>();
  private final List<CaseFile.IssuedLetter> letters = new ArrayList<>();
  private Proceedings proceedings;
  private org.relance.ladder.Steering course;
  private boolean important;
  private boolean phoneWrong;
  private LocalDate missedInstallmentNoticeUntil;

  private CaseDraft() {}

  static CaseFile opened(CaseOpened opened) {
    CaseDraft d = new CaseDraft();
    d.caseId = opened.caseId();
    d.terms = opened.terms();
    d.debtor = opened.debtor();
    d.invoices.addAll(opened.invoices());
    d.openedAt = opened.at();
    d.stage = Stage.NOT_DUE;
    d.counts = CaseFile.Counts.none();
    opened.priorReminders().stream()
        .sorted(Comparator.comparing(PriorReminder::date))
        .forEach(r -> {
          d.steps.add(new StepRecord(r.stage(), r.date(), true));
          if (r.stage().ordinal() > d.stage.ordinal()) {
            d.stage = r.stage();
          }
          if (r.stage().sends() && (d.lastSendingDay == null || r.date().isAfter(d.lastSendingDay))) {
            d.lastSendingDay = r.date();
          }
        });
    return d.build();
  }

  static CaseDraft of(CaseFile f) {
    CaseDraft d = new CaseDraft();
    d.caseId = f.caseId();
    d.terms = f.terms();
    d.debtor = f.debtor();
    d.invoices.addAll(f.invoices());
    d.payments.addAll(f.payments());
    d.openedAt = f.openedAt();
    d.stage = f.stage();
    d.lastSendingDay = f.lastSendingDay();
    d.steps.addAll(f.steps());
    d.promise = f.promise();
    d.plan = f.plan();
    d.planProposal = f.planProposal();
    d.claimedPayment = f.claimedPayment();
    d.dispute = f.dispute();
    d.ownerPaused = f.ownerPaused();
    d.pausedUntil = f.pausedUntil();
    d.contactStop = f.contactStop();
    d.delayReasons.addAll(f.delayReasons());
    d.tasks.addAll(f.tasks());
    d.taskCounter = f.taskCounter();
    d.closure = f.closure();
    d.closedAt = f.closedAt();
    d.counts = f.counts();
    d.keys.addAll(f.idempotencyKeys());
    d.letters.addAll(f.issuedLetters());
    d.proceedings = f.proceedings();
    d.course = f.course();
    d.important = f.important();
    d.phoneWrong = f.phoneWrong();
    d.missedInstallmentNoticeUntil = f.missedInstallmentNoticeUntil();
    return d;
  }

  CaseFile apply(CaseEvent event) {
    if (event instanceof CaseOpened) {
      throw new IllegalStateException("case " + caseId + " is already open");
    } else if (event instanceof InvoiceAdded e) {
      invoices.add(e.invoice());
    } else if (event instanceof PaymentRecorded e) {
      payments.add(e.payment());
    } else if (event instanceof StepReached e) {
      stepReached(e);
    } else if (event instanceof PromiseRecorded e) {
      promise = e.promise();
    } else if (event instanceof PromiseKept) {
      promise = null;
      counts = counts.promiseKept();
    } else if (event instanceof PromiseFollowUpAsked e) {
      promise = promise.withFollowUpAsked(e.at());
      addTasks(List.of(e.task()));
    } else if (event instanceof PromiseBroken) {
      promise = null;
      counts = counts.promiseBroken();
    } else if (event instanceof PlanProposed e) {
      planProposal = e.plan();
      addTasks(List.of(e.task()));
    } else if (event instanceof PlanAgreed e) {
      plan = e.plan().markAgreed();
      planProposal = null;
    } else if (event instanceof PlanRejected) {
      planProposal = null;
    } else if (event instanceof InstallmentPaid e) {
      plan = plan.withInstallmentPaid(e.index());
      if (plan.nextUnpaid() == null) {
        plan = null;
      }
    } else if (event instanceof InstallmentMissed e) {
      plan = null;
      counts = counts.planMissed();
      missedInstallmentNoticeUntil = e.ladderResumesOn();
    } else if (event instanceof PaymentClaimed e) {
      claimedPayment = e.claim();
      addTasks(List.of(e.task()));
    } else if (event instanceof ClaimedPaymentConfirmed) {
      claimedPayment = null;
    } else if (event instanceof ClaimedPaymentDenied) {
      claimedPayment = null;
      counts = counts.claimDenied();
    } else if (event instanceof DisputeOpened e) {
      dispute = e.dispute();
      addTasks(List.of(e.task()));
      counts = counts.disputed();
    } else if (event instanceof DisputeResolved) {
      dispute = null;
    } else if (event instanceof CasePaused e) {
      ownerPaused = true;
      pausedUntil = e.until();
    } else if (event instanceof CaseResumed) {
      ownerPaused = false;
      pausedUntil = null;
    } else if (event instanceof ProceedingsRecorded e) {
      proceedings = e.proceedings();
      promise = null;
      plan = null;
      planProposal = null;
      if (e.task() != null) {
        addTasks(List.of(e.task()));
      }
    } else if (event instanceof ProceedingsLifted) {
      proceedings = null;
    } else if (event instanceof CourseChosen e) {
      course = e.course();
    } else if (event instanceof ImportanceSet e) {
      important = e.important();
    } else if (event instanceof ContactStopped e) {
      contactStop = e.reason();
    } else if (event instanceof DelayReasonRecorded e) {
      delayReasons.add(new ReasonRecord(e.reason(), e.words(), e.at()));
    } else if (event instanceof TaskDone e) {
      tasks.replaceAll(t -> t.id().equals(e.taskId()) ? t.done(e.at()) : t);
    } else if (event instanceof TaskSnoozed e) {
      tasks.replaceAll(t -> t.id().equals(e.taskId()) ? t.snoozedTo(e.until()) : t);
    } else if (event instanceof CaseClosed e) {
      closed(e);
    } else if (event instanceof MessageRecorded e) {
      counts = counts.message(e.direction(), e.at());
    } else if (event instanceof IdempotencyKeyRecorded e) {
      keys.add(e.key());
      if (keys.size() > MAX_REMEMBERED_KEYS) {
        keys.remove(0);
      }
    } else if (event instanceof LetterIssued e) {
      letters.add(new CaseFile.IssuedLetter(e.stage(), e.date(), e.sha256()));
    } else if (event instanceof LetterPosted e) {
      letters.replaceAll(l -> l.stage() == e.stage() ? l.posted(e.date(), e.registeredNumber()) : l);
    } else if (event instanceof TermsUpdated e) {
      terms = e.terms();
    } else if (!followedThrough(event)) {
      ownerCorrected(event);
    }
    return build();
  }

  /** A plan followed through and a call logged; false when the event is none of those. */
  private boolean followedThrough(CaseEvent event) {
    if (event instanceof InstallmentReminderFellDue e) {
      plan = plan.withInstallmentReminded(e.index(), e.at());
    } else if (event instanceof InstallmentFollowUpAsked e) {
      plan = plan.withInstallmentFollowUpAsked(e.index(), e.at());
      addTasks(List.of(e.task()));
    } else if (event instanceof MissedInstallmentNoticeElapsed) {
      missedInstallmentNoticeUntil = null;
    } else if (event instanceof CallLogged e) {
      phoneWrong = phoneWrong || e.outcome() == CallOutcome.WRONG_NUMBER && !e.settledOnPhone();
    } else if (event instanceof DebtorPhoneCorrected e) {
      debtor = new Debtor(debtor.name(), debtor.type(), debtor.legalForm(), debtor.siren(), debtor.address(),
          debtor.email(), e.phone(), debtor.language(), debtor.timezone());
      phoneWrong = false;
    } else {
      return false;
    }
    return true;
  }

  /** The owner's corrections and strike-outs of what the bot captured. */
  private void ownerCorrected(CaseEvent event) {
    if (event instanceof PromiseWithdrawnByOwner) {
      promise = null;
    } else if (event instanceof PlanCorrectedByOwner e) {
      plan = e.plan();
      planProposal = null;
    } else if (event instanceof PlanWithdrawnByOwner) {
      plan = null;
      planProposal = null;
    } else if (event instanceof DelayReasonCorrectedByOwner || event instanceof DelayReasonWithdrawnByOwner) {
      List<ReasonRecord> after = CaseCorrections.reasonsAfter(delayReasons, event);
      delayReasons.clear();
      delayReasons.addAll(after);
    } else if (event instanceof ClaimedPaymentCorrectedByOwner e && claimedPayment != null) {
      claimedPayment = new ClaimedPayment(e.date(), e.method(), claimedPayment.words(), claimedPayment.claimedAt());
    }
  }

  private void stepReached(StepReached e) {
    stage = e.stage();
    LocalDate day = e.at().atZone(terms.zone()).toLocalDate();
    steps.add(new StepRecord(e.stage(), day, false));
    if (e.stage().sends()) {
      lastSendingDay = day;
    }
    addTasks(e.tasks());
  }

  private void closed(CaseClosed e) {
    closure = e.reason();
    closedAt = e.at();
    promise = null;
    plan = null;
    planProposal = null;
    claimedPayment = null;
    dispute = null;
    ownerPaused = false;
    pausedUntil = null;
    proceedings = null;
    missedInstallmentNoticeUntil = null;
  }

  private void addTasks(List<OwnerTask> added) {
    tasks.addAll(added);
    taskCounter += added.size();
  }

  private CaseFile build() {
    return new CaseFile(caseId, terms, debtor, List.copyOf(invoices), List.copyOf(payments), openedAt, stage,
        lastSendingDay, List.copyOf(steps), promise, plan, planProposal, claimedPayment, dispute, ownerPaused,
        pausedUntil, contactStop, List.copyOf(delayReasons), List.copyOf(tasks), taskCounter, closure, closedAt,
        counts, List.copyOf(keys), List.copyOf(letters), proceedings, course, important, phoneWrong,
        missedInstallmentNoticeUntil);
  }
}
