package org.relance.debtorcase;

import org.relance.common.PaymentMethod;
import org.relance.ladder.Stage;
import org.relance.serialization.JsonSerializable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A case as the API and the chat show it at an instant: amounts as numbers in the case's
 * currency, the status and what holds it, the next step and when, the branches, the profile, the
 * collective proceedings, how the ladder is steered and whether the customer is important.
 */
public record CaseView(
    String id, String businessId, Debtor debtor, String currency, List<InvoiceView> invoices, BigDecimal balance,
    Stage stage, CaseFile.Status status, List<CaseFile.Hold> holds, NextStepView nextStep, Instant nextWakeAt,
    int overdueDays, PromiseView promise, PlanView plan, PlanView planProposal, ClaimedPayment claimedPayment,
    Dispute dispute, DebtorProfile profile, List<OwnerTask> tasks, CaseEvent.ContactStop contactStopped,
    List<ReasonRecord> delayReasons, CaseEvent.Closure closure, Instant closedAt, List<StepRecord> steps,
    List<PaymentView> payments, List<CaseFile.IssuedLetter> letters, Instant openedAt,
    ProceedingsView proceedings, org.relance.ladder.Steering steering, boolean important, boolean phoneWrong,
    LocalDate ladderResumesOn) implements JsonSerializable {

  /** A view without the course, the important flag and the call and plan facts. */
  public CaseView(String id, String businessId, Debtor debtor, String currency, List<InvoiceView> invoices,
                  BigDecimal balance, Stage stage, CaseFile.Status status, List<CaseFile.Hold> holds,
                  NextStepView nextStep, Instant nextWakeAt, int overdueDays, PromiseView promise, PlanView plan,
                  PlanView planProposal, ClaimedPayment claimedPayment, Dispute dispute, DebtorProfile profile,
                  List<OwnerTask> tasks, CaseEvent.ContactStop contactStopped, List<ReasonRecord> delayReasons,
                  CaseEvent.Closure closure, Instant closedAt, List<StepRecord> steps, List<PaymentView> payments,
                  List<CaseFile.IssuedLetter> letters, Instant openedAt, ProceedingsView proceedings) {
    this(id, businessId, debtor, currency, invoices, balance, stage, status, holds, nextStep, nextWakeAt, overdueDays,
        promise, plan, planProposal, claimedPayment, dispute, profile, tasks, contactStopped, delayReasons, closure,
        closedAt, steps, payments, letters, openedAt, proceedings, null, false, false, null);
  }

  /** The collective proceedings the case is held by, with the last day to declare the claim. */
  public record ProceedingsView(org.relance.common.CollectiveProceedings kind, LocalDate judgmentDate,
                                org.relance.common.Party statedBy, String words, Instant recordedAt,
                                LocalDate declarationDeadline) implements JsonSerializable {}

  /** An invoice with what is still owed on it. */
  public record InvoiceView(String number, BigDecimal amount, String currency, LocalDate issueDate, LocalDate dueDate,
                            BigDecimal outstanding) implements JsonSerializable {}

  /** A promise: the date, the amount (null: the balance), the method, the debtor's words, who took it (null: the debtor). */
  public record PromiseView(LocalDate date, BigDecimal amount, PaymentMethod method, String words,
                            Instant recordedAt, Instant followUpAskedAt, org.relance.common.Party takenBy)
      implements JsonSerializable {}

  /** A plan's instalments. */
  public record PlanView(List<InstallmentView> installments, String words, boolean agreed) implements JsonSerializable {}

  /** One instalment of a plan. */
  public record InstallmentView(LocalDate date, BigDecimal amount, boolean paid) implements JsonSerializable {}

  /** The next rung and when it falls due. */
  public record NextStepView(Stage stage, Instant dueAt) implements JsonSerializable {}

  /** A payment or credit with its allocation. */
  public record PaymentView(String id, BigDecimal amount, LocalDate date, PaymentMethod method, boolean credit,
                            List<PaymentRecord.Allocation> allocations) implements JsonSerializable {}

  public static CaseView of(CaseFile f, Instant now) {
    LocalDate today = CaseRules.today(f, now);
    long overdue = f.balance().isPositive() ? ChronoUnit.DAYS.between(f.ladderDueDate(), today) : 0;
    return new CaseView(f.caseId(), f.terms().businessId(), f.debtor(), f.currency().getCurrencyCode(),
        f.invoices().stream().map(i -> new InvoiceView(i.number(), i.amount().amount(),
            i.amount().currency().getCurrencyCode(), i.issueDate(), i.dueDate(), f.outstanding(i).amount())).toList(),
        f.balance().amount(), f.stage(), f.status(), f.holds(),
        CaseRules.nextStep(f).map(n -> new NextStepView(n.stage(), n.dueAt())).orElse(null),
        CaseRules.nextWakeAt(f).orElse(null), (int) Math.max(0, overdue),
        f.promise() == null ? null : promise(f.promise()), plan(f.plan()), plan(f.planProposal()),
        f.claimedPayment(), f.dispute(), DebtorProfile.of(f), f.openTasks(), f.contactStop(), f.delayReasons(),
        f.closure(), f.closedAt(), f.steps(),
        f.payments().stream().map(p -> new PaymentView(p.id(), p.amount().amount(), p.date(), p.method(), p.credit(),
            p.allocations())).toList(),
        f.issuedLetters(), f.openedAt(), proceedings(f), CaseRules.steering(f), f.important(), f.phoneWrong(),
        f.missedInstallmentNoticeUntil());
  }

  private static ProceedingsView proceedings(CaseFile f) {
    Proceedings p = f.proceedings();
    return p == null ? null : new ProceedingsView(p.kind(), p.judgmentDate(), p.statedBy(), p.words(), p.recordedAt(),
        p.declarationDeadline(f.terms().zone()));
  }

  private static PromiseView promise(Promise p) {
    return new PromiseView(p.date(), p.amount() == null ? null : p.amount().amount(), p.method(), p.words(),
        p.recordedAt(), p.followUpAskedAt(), p.takenBy());
  }

  private static PlanView plan(Plan plan) {
    if (plan == null) {
      return null;
    }
    return new PlanView(plan.installments().stream()
        .map(i -> new InstallmentView(i.date(), i.amount().amount(), i.paid())).toList(), plan.words(), plan.agreed());
  }
}
