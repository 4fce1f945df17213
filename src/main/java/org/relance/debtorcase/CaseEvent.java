package org.relance.debtorcase;

import org.relance.common.Money;
import org.relance.common.Party;
import org.relance.ladder.Stage;
import org.relance.nlu.DelayReason;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of a case's journal, in the past tense, kept forever. Each carries what the read sides
 * need. To evolve one: add a field (old events read it as null) or add a new event; never rename.
 */
public sealed interface CaseEvent extends JsonSerializable {

  /** When it happened, on the case's clock. */
  Instant at();

  /** The case came in: its business's terms, the debtor, the invoices and any reminders sent before. */
  record CaseOpened(String caseId, CaseTerms terms, Debtor debtor, List<Invoice> invoices,
                    List<PriorReminder> priorReminders, Instant at) implements CaseEvent {}

  /** Another invoice of the same debtor was added. */
  record InvoiceAdded(Invoice invoice, Instant at) implements CaseEvent {}

  /** A payment (or a credit the owner granted) was recorded and allocated oldest due date first. */
  record PaymentRecorded(PaymentRecord payment) implements CaseEvent {
    @Override
    public Instant at() {
      return payment.recordedAt();
    }
  }

  /** The case reached a rung of the ladder; the tasks it gives the owner, and whether the debtor is told. */
  record StepReached(Stage stage, Instant at, List<OwnerTask> tasks, boolean debtorMessageDue) implements CaseEvent {}

  /** The debtor promised to pay. */
  record PromiseRecorded(Promise promise) implements CaseEvent {
    @Override
    public Instant at() {
      return promise.recordedAt();
    }
  }

  /** Payments recorded covered the promise. */
  record PromiseKept(Instant at) implements CaseEvent {}

  /** The promise's date and grace passed unpaid: the owner was asked whether they paid. */
  record PromiseFollowUpAsked(OwnerTask task, Instant at) implements CaseEvent {}

  /** The promise was broken (the owner said so, or stayed silent); the ladder resumes. */
  record PromiseBroken(BrokenBecause because, Instant at) implements CaseEvent {}

  /** A plan was proposed beyond the owner's policy and waits for the owner's yes. */
  record PlanProposed(Plan plan, OwnerTask task) implements CaseEvent {
    @Override
    public Instant at() {
      return plan.recordedAt();
    }
  }

  /**
   * A plan was agreed, within the policy or by the owner; the ladder waits while it is kept.
   * {@code byPhone}: the owner typed the plan the debtor asked for on the phone (confirmed to the debtor in writing).
   */
  record PlanAgreed(Plan plan, boolean byOwner, Instant at, boolean byPhone) implements CaseEvent {

    public PlanAgreed(Plan plan, boolean byOwner, Instant at) {
      this(plan, byOwner, at, false);
    }
  }

  /** The owner refused the proposed plan; the ladder resumes. */
  record PlanRejected(Instant at) implements CaseEvent {}

  /** Payments recorded covered instalment {@code index} (from 0). */
  record InstallmentPaid(int index, Instant at) implements CaseEvent {}

  /**
   * Instalment {@code index} was not paid (the owner said so, or stayed silent after "did they pay?"): the plan
   * ends; both sides are told, and the ladder resumes on {@code ladderResumesOn} (null in events written before
   * the notice: at once); {@code dueOn} and {@code amount}: the instalment's (null in those events too).
   */
  record InstallmentMissed(int index, Instant at, LocalDate ladderResumesOn, LocalDate dueOn, Money amount)
      implements CaseEvent {

    public InstallmentMissed(int index, Instant at) {
      this(index, at, null, null, null);
    }
  }

  // --- plans followed through, calls logged (the owner's week)

  /** Instalment {@code index} ({@code amount} on {@code dueOn}) falls due soon: the debtor is reminded in writing. */
  record InstallmentReminderFellDue(int index, LocalDate dueOn, Money amount, Instant at) implements CaseEvent {}

  /** The day after instalment {@code index} fell due, unpaid: the owner was asked "did they pay?". */
  record InstallmentFollowUpAsked(int index, OwnerTask task, Instant at) implements CaseEvent {}

  /** The notice given after a missed instalment ran out: the ladder takes up again. */
  record MissedInstallmentNoticeElapsed(Instant at) implements CaseEvent {}

  /**
   * The owner called the debtor about call task {@code taskId} (null: no task open) and reported how it ended;
   * {@code retryOn}: the day the call task comes back when nobody answered; {@code note}: the owner's words about
   * the call (null: none); {@code settledOnPhone}: what the outcome asks for (a plan, the right number) was given
   * with it, so the debtor is not asked for it in writing.
   */
  record CallLogged(String taskId, CallOutcome outcome, LocalDate retryOn, Instant at, String note,
                    boolean settledOnPhone) implements CaseEvent {

    public CallLogged(String taskId, CallOutcome outcome, LocalDate retryOn, Instant at) {
      this(taskId, outcome, retryOn, at, null, false);
    }
  }

  /** The owner gave the debtor's right phone number after a call reached a wrong one. */
  record DebtorPhoneCorrected(String phone, Instant at) implements CaseEvent {}

  // --- end of plans and calls

  /** The debtor said it is paid; the owner is asked to confirm receipt. */
  record PaymentClaimed(ClaimedPayment claim, OwnerTask task) implements CaseEvent {
    @Override
    public Instant at() {
      return claim.claimedAt();
    }
  }

  /** The owner confirmed the claimed payment arrived. */
  record ClaimedPaymentConfirmed(Instant at) implements CaseEvent {}

  /** The owner found no such payment; the debtor is told kindly and the ladder resumes. */
  record ClaimedPaymentDenied(Instant at) implements CaseEvent {}

  /** The debtor contested the debt; the ladder stops. */
  record DisputeOpened(Dispute dispute, OwnerTask task) implements CaseEvent {
    @Override
    public Instant at() {
      return dispute.openedAt();
    }
  }

  /** The owner settled the dispute ({@code amount} for a credit note or a corrected amount). */
  record DisputeResolved(DisputeOutcome outcome, Money amount, Instant at) implements CaseEvent {}

  /** The owner paused the case, until a day or until resumed. */
  record CasePaused(LocalDate until, Instant at) implements CaseEvent {}

  /** The owner's pause ended (by the owner, or its day came). */
  record CaseResumed(Instant at) implements CaseEvent {}

  /** No more chat messages to this contact (a STOP, or not the right person); letters remain possible. */
  record ContactStopped(ContactStop reason, Instant at) implements CaseEvent {}

  /**
   * The debtor is under collective proceedings (stated by the debtor or the owner): the case holds, any
   * promise or plan ends (paying a debt from before the judgment is forbidden); {@code task}: the owner's
   * task to declare the claim, null when one was already open.
   */
  record ProceedingsRecorded(Proceedings proceedings, OwnerTask task, Instant at) implements CaseEvent {}

  /** The owner lifted the proceedings (ended, or recorded by mistake); the ladder resumes. */
  record ProceedingsLifted(Instant at) implements CaseEvent {}

  /** The debtor said why the payment is late, in these words. */
  record DelayReasonRecorded(DelayReason reason, String words, Instant at) implements CaseEvent {}

  /** The owner did a task (or it was settled by what happened). */
  record TaskDone(String taskId, Instant at) implements CaseEvent {}

  /** The owner put a task off to a later day. */
  record TaskSnoozed(String taskId, LocalDate until, Instant at) implements CaseEvent {}

  /** The case closed: paid, written off or cancelled. */
  record CaseClosed(Closure reason, Instant at) implements CaseEvent {}

  /**
   * A message in or out, verbatim, with its channel (telegram, email, sms, letter, phone); for an
   * outgoing message, how its delivery ended (null before delivery was tracked) and why it failed.
   * {@code party}: whom it went to or came from, the debtor or the owner; {@code chatId}: the owner's
   * chat a notice went to. Both null in events written before they were recorded: those read as
   * exchanges with the debtor, as they always did. {@code recipient} and {@code messageId}: an e-mail's address
   * and {@code Message-ID} (null for the other channels, and in events written before e-mail).
   */
  record MessageRecorded(Direction direction, String channel, String text, Instant at, Delivery delivery,
                         String deliveryDetail, Party party, String chatId, String recipient, String messageId)
      implements CaseEvent {

    /** A message of a channel other than e-mail. */
    public MessageRecorded(Direction direction, String channel, String text, Instant at, Delivery delivery,
                           String deliveryDetail, Party party, String chatId) {
      this(direction, channel, text, at, delivery, deliveryDetail, party, chatId, null, null);
    }

    /** Whom the message went to or came from: the debtor when it was not recorded. */
    public Party partyOrDebtor() {
      return party == null ? Party.DEBTOR : party;
    }
  }

  /**
   * An e-mail to {@code recipient} bounced for good (an SMTP 5xx answer on sending, or a delivery status
   * notification 5.x.x): {@code messageId} of the e-mail that bounced (null when unknown), {@code detail}
   * the server's words. No more e-mail goes to that address (org.relance.email).
   */
  record EmailBounced(String recipient, String messageId, String detail, Instant at) implements CaseEvent {}

  /**
   * The debtor's personal data in this case was erased (crypto-shredding, org.relance.privacy): its key is
   * gone, so every personal field reads {@link PersonalFields#ERASED}; amounts, dates and stages stay.
   */
  record PersonalDataErased(Instant at) implements CaseEvent {}

  /** A command carrying this idempotency key was applied; a repeat gets the same answer. */
  record IdempotencyKeyRecorded(String key, Instant at) implements CaseEvent {}

  /** The letter of a rung was rendered and stored: its date and the SHA-256 of its PDF, the proof it was issued. */
  record LetterIssued(Stage stage, LocalDate date, String sha256, Instant at) implements CaseEvent {}

  // --- letters in the owner's chat
  /** The owner posted the letter of a rung on {@code date}; {@code registeredNumber}: a registered letter's, or null. */
  record LetterPosted(Stage stage, LocalDate date, String registeredNumber, Instant at) implements CaseEvent {}

  /** The business changed settings the case decides with (time zone, ladder, policy). */
  record TermsUpdated(CaseTerms terms, Instant at) implements CaseEvent {}

  // --- outreach (org.relance.outreach)

  /**
   * The debtor message of a rung, held back by the contact rules, was not sent: by the time it
   * could go out, the case no longer called for it. {@code note}: a plan's notice ({@code reminder},
   * {@code missed}) rather than the rung's message, {@code stage} then being the case's stage.
   */
  record DebtorMessageSuperseded(Stage stage, SupersededBecause reason, Instant at, String note) implements CaseEvent {

    public DebtorMessageSuperseded(Stage stage, SupersededBecause reason, Instant at) {
      this(stage, reason, at, null);
    }
  }

  /** What made a held debtor message pointless: the case's state when it could have gone out. */
  enum SupersededBecause {
    PAID, CLOSED, DISPUTED, PAUSED, ON_HOLD, CONTACT_STOPPED, LATER_STEP,
    /** A plan's notice whose instalment was paid or changed, or whose notice the ladder no longer waits on. */
    PLAN_CHANGED;

    @com.fasterxml.jackson.annotation.JsonValue
    public String wire() {
      return org.relance.common.WireNames.of(this);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static SupersededBecause fromWire(String text) {
      return org.relance.common.WireNames.parse(SupersededBecause.class, text, "reason");
    }
  }

  // --- end of outreach

  // --- the owner's say on what the bot captured (corrections and strike-outs)

  /** The owner struck out the promise the bot had captured; it counts neither kept nor broken. */
  record PromiseWithdrawnByOwner(Instant at) implements CaseEvent {}

  /** The owner replaced the plan with this one (agreed by them; the debtor's words kept). */
  record PlanCorrectedByOwner(Plan plan, Instant at) implements CaseEvent {}

  /** The owner struck out the plan (agreed or proposed); it counts neither kept nor missed. */
  record PlanWithdrawnByOwner(Instant at) implements CaseEvent {}

  /** The owner said the last reason recorded was {@code reason}, not {@code was}. */
  record DelayReasonCorrectedByOwner(DelayReason was, DelayReason reason, Instant at) implements CaseEvent {}

  /** The owner struck out the last reason recorded ({@code reason}). */
  record DelayReasonWithdrawnByOwner(DelayReason reason, Instant at) implements CaseEvent {}

  /** The owner corrected when and how the debtor says they paid. */
  record ClaimedPaymentCorrectedByOwner(LocalDate date, org.relance.common.PaymentMethod method, Instant at)
      implements CaseEvent {}

  // --- end of the owner's corrections

  /**
   * The owner accepted the course suggested for the debtor's profile ({@code profile}, as it then
   * stood): from now on the ladder is steered that way ({@link org.relance.ladder.Steering}).
   */
  record CourseChosen(org.relance.ladder.Steering course, DebtorProfile.Kind profile, Instant at)
      implements CaseEvent {}

  /** The owner marked the customer as important (a gentler ladder by default), or no longer. */
  record ImportanceSet(boolean important, Instant at) implements CaseEvent {}

  /** Why a promise counts as broken. */
  enum BrokenBecause { OWNER_SAID_UNPAID, OWNER_SILENT }

  /** How the owner settled a dispute. */
  enum DisputeOutcome { CREDIT_NOTE, CORRECTED_AMOUNT, CANCELLED, REJECTED }

  /** Why chat contact stopped. */
  enum ContactStop { STOP_REQUESTED, WRONG_CONTACT }

  /** Why a case closed. */
  enum Closure { PAID, WRITTEN_OFF, CANCELLED }

  /** A message's direction, seen from the business. */
  enum Direction { IN, OUT }

  /** How an outgoing message's delivery ended; a possible duplicate was retried after an unknown outcome. */
  enum Delivery { DELIVERED, POSSIBLE_DUPLICATE, FAILED }
}
