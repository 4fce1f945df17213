package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.debtorcase.CaseEvent.Closure;
import org.relance.debtorcase.CaseEvent.ContactStop;
import org.relance.ladder.Stage;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything an opened case knows, rebuilt from its journal; immutable (each event gives a new
 * one through {@link CaseDraft}). Holds the invoices and payments, the ladder position, the
 * branches that hold the ladder (promise, plan or plan proposal, claimed payment, dispute, the
 * owner's pause, collective proceedings, the notice after a missed instalment), the owner's tasks, contact status
 * (and whether the phone number was found wrong), the debtor's reasons, the counts the debtor's profile is derived
 * from, the course the owner chose for it and whether the customer is important.
 */
public record CaseFile(
    String caseId,
    CaseTerms terms,
    Debtor debtor,
    List<Invoice> invoices,
    List<PaymentRecord> payments,
    Instant openedAt,
    Stage stage,
    LocalDate lastSendingDay,
    List<StepRecord> steps,
    Promise promise,
    Plan plan,
    Plan planProposal,
    ClaimedPayment claimedPayment,
    Dispute dispute,
    boolean ownerPaused,
    LocalDate pausedUntil,
    ContactStop contactStop,
    List<ReasonRecord> delayReasons,
    List<OwnerTask> tasks,
    int taskCounter,
    Closure closure,
    Instant closedAt,
    Counts counts,
    List<String> idempotencyKeys,
    List<IssuedLetter> issuedLetters,
    Proceedings proceedings,
    org.relance.ladder.Steering course,
    boolean important,
    boolean phoneWrong,
    LocalDate missedInstallmentNoticeUntil) implements CaseState, JsonSerializable {

  /**
   * A letter issued for a rung: its date and the SHA-256 of the stored PDF; once the owner posted it,
   * the day ({@code postedOn}) and the registered letter's number if it went registered.
   */
  public record IssuedLetter(Stage stage, LocalDate date, String sha256, LocalDate postedOn, String registeredNumber)
      implements JsonSerializable {

    public IssuedLetter(Stage stage, LocalDate date, String sha256) {
      this(stage, date, sha256, null, null);
    }

    IssuedLetter posted(LocalDate on, String number) {
      return new IssuedLetter(stage, date, sha256, on, number);
    }
  }

  /** The letter issued for that rung, if any. */
  public Optional<IssuedLetter> issuedLetter(Stage stage) {
    return issuedLetters.stream().filter(l -> l.stage() == stage).findFirst();
  }

  public CaseFile {
    issuedLetters = issuedLetters == null ? List.of() : List.copyOf(issuedLetters);
  }

  /** What the debtor's behaviour has been so far, for the profile. */
  public record Counts(int promisesKept, int promisesBroken, int plansMissed, int claimsDenied, int disputes,
                       int messagesIn, int messagesOut, Instant lastMessageInAt) implements JsonSerializable {

    static Counts none() {
      return new Counts(0, 0, 0, 0, 0, 0, 0, null);
    }

    Counts promiseKept() {
      return new Counts(promisesKept + 1, promisesBroken, plansMissed, claimsDenied, disputes, messagesIn,
          messagesOut, lastMessageInAt);
    }

    Counts promiseBroken() {
      return new Counts(promisesKept, promisesBroken + 1, plansMissed, claimsDenied, disputes, messagesIn,
          messagesOut, lastMessageInAt);
    }

    Counts planMissed() {
      return new Counts(promisesKept, promisesBroken, plansMissed + 1, claimsDenied, disputes, messagesIn,
          messagesOut, lastMessageInAt);
    }

    Counts claimDenied() {
      return new Counts(promisesKept, promisesBroken, plansMissed, claimsDenied + 1, disputes, messagesIn,
          messagesOut, lastMessageInAt);
    }

    Counts disputed() {
      return new Counts(promisesKept, promisesBroken, plansMissed, claimsDenied, disputes + 1, messagesIn,
          messagesOut, lastMessageInAt);
    }

    Counts message(CaseEvent.Direction direction, Instant at) {
      return direction == CaseEvent.Direction.IN
          ? new Counts(promisesKept, promisesBroken, plansMissed, claimsDenied, disputes, messagesIn + 1,
              messagesOut, at)
          : new Counts(promisesKept, promisesBroken, plansMissed, claimsDenied, disputes, messagesIn,
              messagesOut + 1, lastMessageInAt);
    }
  }

  /** Why the ladder is held. */
  public enum Hold {
    PROMISE, PLAN, PLAN_PROPOSAL, CLAIMED_PAYMENT, DISPUTE, OWNER_PAUSE, COLLECTIVE_PROCEEDINGS,
    /** An instalment was missed: both sides were told, and the ladder waits for the notice's day. */
    MISSED_INSTALLMENT_NOTICE
  }

  /** The status of DOMAIN.md. */
  public enum Status { OPEN, PAUSED, CLOSED }

  /** The file of a case that just opened. */
  public static CaseFile opened(CaseEvent.CaseOpened event) {
    return CaseDraft.opened(event);
  }

  /** The file after one more event: the case's event handler. */
  public CaseFile apply(CaseEvent event) {
    return event instanceof CaseEvent.PersonalDataErased ? PersonalFields.erased(this) : CaseDraft.of(this).apply(event);
  }

  public java.util.Currency currency() {
    return invoices.get(0).amount().currency();
  }

  /** What is still owed on an invoice after the payments and credits allocated to it. */
  public Money outstanding(Invoice invoice) {
    Money owed = invoice.amount();
    for (PaymentRecord payment : payments) {
      for (PaymentRecord.Allocation allocation : payment.allocations()) {
        if (allocation.invoiceNumber().equals(invoice.number())) {
          owed = owed.minus(allocation.amount());
        }
      }
    }
    return owed;
  }

  public Money balance() {
    return invoices.stream().map(this::outstanding).reduce(Money.zero(currency()), Money::plus);
  }

  /** The invoices still owed, oldest due date first (the order payments are allocated in). */
  public List<Invoice> openInvoices() {
    return invoices.stream()
        .filter(i -> outstanding(i).isPositive())
        .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(Invoice::number))
        .toList();
  }

  /** The due date the ladder climbs from: the oldest still owed (or the oldest of all once paid). */
  public LocalDate ladderDueDate() {
    List<Invoice> open = openInvoices();
    return (open.isEmpty() ? invoices : open).stream().map(Invoice::dueDate).min(Comparator.naturalOrder())
        .orElseThrow();
  }

  public Optional<Invoice> invoice(String number) {
    return invoices.stream().filter(i -> i.number().equals(number)).findFirst();
  }

  public Optional<OwnerTask> task(String id) {
    return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public List<OwnerTask> openTasks() {
    return closure != null ? List.of() : tasks.stream().filter(OwnerTask::isOpen).toList();
  }

  /** The open task of this kind, if any. */
  public Optional<OwnerTask> openTask(OwnerTask.Kind kind) {
    return openTasks().stream().filter(t -> t.kind() == kind).findFirst();
  }

  public List<Hold> holds() {
    List<Hold> holds = new java.util.ArrayList<>();
    if (promise != null) {
      holds.add(Hold.PROMISE);
    }
    if (plan != null) {
      holds.add(Hold.PLAN);
    }
    if (planProposal != null) {
      holds.add(Hold.PLAN_PROPOSAL);
    }
    if (claimedPayment != null) {
      holds.add(Hold.CLAIMED_PAYMENT);
    }
    if (dispute != null) {
      holds.add(Hold.DISPUTE);
    }
    if (ownerPaused) {
      holds.add(Hold.OWNER_PAUSE);
    }
    if (proceedings != null) {
      holds.add(Hold.COLLECTIVE_PROCEEDINGS);
    }
    if (missedInstallmentNoticeUntil != null) {
      holds.add(Hold.MISSED_INSTALLMENT_NOTICE);
    }
    return holds;
  }

  public Status status() {
    if (closure != null) {
      return Status.CLOSED;
    }
    return holds().isEmpty() ? Status.OPEN : Status.PAUSED;
  }

  public boolean knowsKey(String key) {
    return key != null && idempotencyKeys.contains(key);
  }

  /** Payments actually received (not credits) recorded at or after an instant. */
  public Money paidSince(Instant since) {
    return payments.stream()
        .filter(p -> !p.credit() && !p.recordedAt().isBefore(since))
        .map(PaymentRecord::amount)
        .reduce(Money.zero(currency()), Money::plus);
  }
}
