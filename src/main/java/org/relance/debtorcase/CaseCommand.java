package org.relance.debtorcase;

import org.apache.pekko.actor.typed.ActorRef;
import org.relance.common.Money;
import org.relance.common.Party;
import org.relance.common.PaymentMethod;
import org.relance.nlu.DelayReason;
import org.relance.serialization.JsonSerializable;

import java.time.LocalDate;
import java.util.List;

/** What can be asked of a case. Every command is answered with a {@link CaseReply}. */
public sealed interface CaseCommand extends JsonSerializable {

  ActorRef<CaseReply> replyTo();

  /**
   * A command that changes the case. With an idempotency key, a repeat (a retry after a timeout,
   * a redelivered Telegram update) is answered like the first and changes nothing.
   */
  sealed interface Change extends CaseCommand {
    String idempotencyKey();
  }

  /** Open the case. */
  record Open(CaseTerms terms, Debtor debtor, List<Invoice> invoices, List<PriorReminder> priorReminders,
              String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record AddInvoice(Invoice invoice, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record RecordPayment(Money amount, LocalDate date, PaymentMethod method, String idempotencyKey,
                       ActorRef<CaseReply> replyTo) implements Change {}

  record RecordPromise(LocalDate date, Money amount, PaymentMethod method, String words, String idempotencyKey,
                       ActorRef<CaseReply> replyTo) implements Change {}

  /** The owner answers "no" to "did they pay?". */
  record ConfirmPromiseBroken(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record ProposePlan(List<Installment> installments, String words, String idempotencyKey,
                     ActorRef<CaseReply> replyTo) implements Change {}

  record ApprovePlan(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record RejectPlan(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record ClaimPayment(LocalDate date, PaymentMethod method, String words, String idempotencyKey,
                      ActorRef<CaseReply> replyTo) implements Change {}

  /** The owner confirms the claimed payment arrived: {@code amount}, or the whole balance when null. */
  record ConfirmClaimedPayment(Money amount, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record DenyClaimedPayment(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record OpenDispute(String reason, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record ResolveDispute(CaseEvent.DisputeOutcome outcome, Money amount, String idempotencyKey,
                        ActorRef<CaseReply> replyTo) implements Change {}

  record Pause(LocalDate until, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record Resume(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record CompleteTask(String taskId, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record SnoozeTask(String taskId, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record StopContact(CaseEvent.ContactStop reason, String idempotencyKey, ActorRef<CaseReply> replyTo)
      implements Change {}

  record RecordDelayReason(DelayReason reason, String words, String idempotencyKey, ActorRef<CaseReply> replyTo)
      implements Change {}

  /**
   * Record that the debtor is under collective proceedings ({@code judgmentDate}: the opening judgment's
   * day, null when unknown), as {@code statedBy} said in {@code words}: the case goes on hold.
   */
  record RecordProceedings(org.relance.common.CollectiveProceedings kind, LocalDate judgmentDate,
                           org.relance.common.Party statedBy, String words, String idempotencyKey,
                           ActorRef<CaseReply> replyTo) implements Change {}

  /** The owner lifts the proceedings (they ended, or were recorded by mistake): the ladder resumes. */
  record LiftProceedings(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  /** The owner accepts a course for the debtor ({@code course}: the ladder's steering from now on). */
  record ChooseCourse(org.relance.ladder.Steering course, String idempotencyKey, ActorRef<CaseReply> replyTo)
      implements Change {}

  /** The owner marks the customer as important (a gentler ladder by default), or no longer. */
  record SetImportant(boolean important, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record WriteOff(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record Cancel(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  /**
   * Copy a message in or out into the journal, verbatim, with whom it went to or came from ({@code chatId}:
   * the owner's chat, for a notice to the owner); {@code delivery} for an outgoing one, when known.
   */
  record RecordMessage(CaseEvent.Direction direction, Party party, String channel, String chatId, String text,
                       CaseEvent.Delivery delivery, String deliveryDetail, String recipient, String messageId,
                       String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {

    /** A message of a channel other than e-mail (no address, no {@code Message-ID}). */
    public RecordMessage(CaseEvent.Direction direction, Party party, String channel, String chatId, String text,
                         CaseEvent.Delivery delivery, String deliveryDetail, String idempotencyKey,
                         ActorRef<CaseReply> replyTo) {
      this(direction, party, channel, chatId, text, delivery, deliveryDetail, null, null, idempotencyKey, replyTo);
    }

    /** A message exchanged with the debtor. */
    public RecordMessage(CaseEvent.Direction direction, String channel, String text, CaseEvent.Delivery delivery,
                         String deliveryDetail, String idempotencyKey, ActorRef<CaseReply> replyTo) {
      this(direction, Party.DEBTOR, channel, null, text, delivery, deliveryDetail, idempotencyKey, replyTo);
    }
  }

  /** Erase the debtor's personal data (a closed case only: an open one still needs it to collect the claim). */
  record ErasePersonalData(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  /** Record that the letter of a rung was issued (rendered and stored outside the entity). */
  record RecordLetterIssued(org.relance.ladder.Stage stage, LocalDate date, String sha256, String idempotencyKey,
                            ActorRef<CaseReply> replyTo) implements Change {}

  /** Record that an e-mail to {@code recipient} bounced for good ({@code messageId}: the e-mail's, when known). */
  record RecordEmailBounce(String recipient, String messageId, String detail, String idempotencyKey,
                           ActorRef<CaseReply> replyTo) implements Change {}

  /**
   * Record that the held debtor message of a rung (or, {@code note} not null, a plan's notice) was
   * superseded and not sent (outreach).
   */
  record RecordDebtorMessageSuperseded(org.relance.ladder.Stage stage, CaseEvent.SupersededBecause reason,
                                       String note, String idempotencyKey, ActorRef<CaseReply> replyTo)
      implements Change {

    public RecordDebtorMessageSuperseded(org.relance.ladder.Stage stage, CaseEvent.SupersededBecause reason,
                                         String idempotencyKey, ActorRef<CaseReply> replyTo) {
      this(stage, reason, null, idempotencyKey, replyTo);
    }
  }

  // --- letters in the owner's chat
  /**
   * Record that the owner posted the letter of a rung on {@code date} (null: today), by registered
   * letter when {@code registeredNumber} is given; completes the owner's task to post it.
   */
  record RecordLetterPosted(org.relance.ladder.Stage stage, LocalDate date, String registeredNumber,
                            String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  record UpdateTerms(CaseTerms terms, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  // --- the owner's say on what the bot captured (corrections and strike-outs)

  /** A change the owner makes to what the bot captured from the debtor: corrected, or struck out. */
  sealed interface Correction extends Change {}

  /** The owner strikes out the captured promise: the ladder resumes as if there had been none. */
  record WithdrawPromise(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Correction {}

  /** The owner replaces the plan (agreed, or waiting for their yes) with these instalments, agreed by them. */
  record CorrectPlan(List<Installment> installments, String idempotencyKey, ActorRef<CaseReply> replyTo)
      implements Correction {}

  /** The owner strikes out the plan (agreed or proposed): the ladder resumes as if there had been none. */
  record WithdrawPlan(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Correction {}

  /** The owner says the last reason recorded is another one; the debtor's words are kept. */
  record CorrectDelayReason(DelayReason reason, String idempotencyKey, ActorRef<CaseReply> replyTo)
      implements Correction {}

  /** The owner strikes out the last reason recorded. */
  record WithdrawDelayReason(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Correction {}

  /** The owner corrects when and how the debtor says they paid (null keeps what was captured). */
  record CorrectClaimedPayment(LocalDate date, PaymentMethod method, String idempotencyKey,
                               ActorRef<CaseReply> replyTo) implements Correction {}

  // --- end of the owner's corrections

  // --- calls logged, plans followed through

  /**
   * The owner reports how their call ended; {@code promiseDate}: the day promised on the phone and
   * {@code amount} what was promised (null: the whole balance), recorded with the owner as its source;
   * {@code note}: the owner's words (null: none); {@code plan}: for {@code PLAN_REQUESTED}, the instalments
   * agreed on the phone (null: the debtor is invited to propose them in writing); {@code newPhone}: for
   * {@code WRONG_NUMBER}, the right number (null: the debtor is asked for it in writing).
   */
  record LogCall(CallOutcome outcome, LocalDate promiseDate, Money amount, String note, List<Installment> plan,
                 String newPhone, String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {

    public LogCall(CallOutcome outcome, LocalDate promiseDate, String idempotencyKey, ActorRef<CaseReply> replyTo) {
      this(outcome, promiseDate, null, null, null, null, idempotencyKey, replyTo);
    }
  }

  /** The owner answers "no" to "did they pay?" about the plan's next instalment. */
  record ConfirmInstallmentMissed(String idempotencyKey, ActorRef<CaseReply> replyTo) implements Change {}

  // --- end of calls and plans

  /** Do whatever has fallen due by now (ladder steps, branch deadlines); sent by the scheduler. */
  record Wake(ActorRef<CaseReply> replyTo) implements CaseCommand {}

  /** The case as it is now. */
  record Get(ActorRef<CaseReply> replyTo) implements CaseCommand {}
}
