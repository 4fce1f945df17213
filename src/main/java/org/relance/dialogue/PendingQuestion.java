package org.relance.dialogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.relance.common.PaymentMethod;
import org.relance.nlu.DelayReason;
import org.relance.nlu.Intent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The question the dialogue asked in a debtor's conversation and is waiting for an answer to, with
 * what it is about: kept in {@code relance_debtor_conversation} so a restart in the middle of a
 * conversation continues it. {@code askedBy} is the number of the turn that asked it
 * ({@link DebtorTurn#number}): a choice carries it, so a choice of an older question is recognised as stale. {@code tries} counts replies not understood in a row (wrong
 * answers to the verification question are counted on the link instead, by {@code Invitations}).
 */
public record PendingQuestion(String conversation, String caseId, Awaiting awaiting, Details details, int tries,
                              long askedBy) {

  /** What the bot is waiting for. */
  public enum Awaiting {
    /** The invoice number (or postcode) that proves the person holds the invoice. */
    VERIFICATION,
    /** Verification failed too many times: the business will get in touch. */
    VERIFICATION_FAILED,
    /** Which of the chat's cases a held message is about (buttons). */
    WHICH_CASE,
    /** Yes / No to a promise the bot read. */
    PROMISE_CONFIRMATION,
    /** The date of a promise (or the promise again after a No). */
    PROMISE_DATE,
    /** Yes / No to a plan the bot proposed. */
    PLAN_CONFIRMATION,
    /** Yes / No to "shall I propose a plan?" after a hardship. */
    PLAN_OFFER,
    /** When and how a payment the debtor reports was made. */
    CLAIM_DETAILS,
    /** What is wrong, after a dispute. */
    DISPUTE_DETAILS,
    /** Yes / No to the one reading the bot proposed for a message it was unsure of. */
    READING_CONFIRMATION,
    /** Which of two close readings the debtor meant (buttons), or something else. */
    READING_CHOICE,
    /** Nothing asked; the count of replies not understood in a row is kept. */
    NOTHING
  }

  /** One dated payment proposed in a plan. */
  public record Part(LocalDate date, BigDecimal amount) {}

  /**
   * What the question is about: a promise read (date, amount, method), a plan proposed and the
   * debtor's own schedule, the debtor's words, a held message (text and turn id) waiting for its
   * case, or the readings proposed for a message (the intents, and the reason the message gives).
   * {@code heldUpdate} is the Telegram update of a message held before turns had ids of their own.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Details(LocalDate date, BigDecimal amount, PaymentMethod method, String words, List<Part> plan,
                        List<Part> ownPlan, String heldText, Long heldUpdate, List<Intent> readings,
                        List<DelayReason> reasons, String heldTurn) {

    public static Details none() {
      return words(null);
    }

    public static Details words(String words) {
      return promise(null, null, null, words);
    }

    public static Details promise(LocalDate date, BigDecimal amount, PaymentMethod method, String words) {
      return new Details(date, amount, method, words, null, null, null, null, null, null, null);
    }

    public static Details plan(List<Part> plan, List<Part> ownPlan, String words) {
      return new Details(null, null, null, words, plan, ownPlan, null, null, null, null, null);
    }

    public static Details held(String text, String turnId) {
      return new Details(null, null, null, null, null, null, text, null, null, null, turnId);
    }

    /** The turn id of the held message ({@code tg:<update_id>} for one held before turns had ids). */
    public String heldTurnId() {
      return heldTurn != null ? heldTurn : heldUpdate == null ? null : "tg:" + heldUpdate;
    }

    /**
     * The readings proposed for the words of {@code promise} (each intent with the reason it would
     * record, or null), and the promise a promise reading would record when it is dated.
     */
    public static Details readings(List<Intent> readings, List<DelayReason> reasons, Details promise) {
      return new Details(promise.date(), promise.amount(), promise.method(), promise.words(), null, null, null, null,
          readings, reasons, null);
    }
  }

  public PendingQuestion {
    details = details == null ? Details.none() : details;
  }

  /** The same question, standing after one more reply not understood (its buttons still valid). */
  public PendingQuestion triedOnce() {
    return new PendingQuestion(conversation, caseId, awaiting, details, tries + 1, askedBy);
  }

  public boolean is(Awaiting kind) {
    return awaiting == kind;
  }
}
