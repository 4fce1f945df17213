package org.relance.owner;

import java.util.Locale;
import java.util.Optional;

/**
 * What an owner's button asks, as its callback data {@code verb:caseId[:taskId]} (at most 64
 * bytes, Telegram's limit: a case id is a UUID, a task id a few characters), or a page of
 * a list of cases as {@code page:n[:list]}.
 */
public record OwnerAction(Verb verb, String caseId, String taskId) {

  /**
   * The buttons the owner can press. The {@code FIX_*} and {@code REJECT_*} verbs sit under the
   * message that reported what the bot captured from the debtor (a promise, a plan, a delay reason,
   * a claimed payment): correct it, or strike it out. {@code POSTED}, {@code REGISTERED} and
   * {@code LETTER_PDF} sit under a letter (the stage in the task id slot): it was posted, it went by
   * registered letter (the number is asked next), send me the PDF again.
   */
  public enum Verb {
    OPEN, DONE, SNOOZE, PAID, PAUSE, PROMISE_KEPT, PROMISE_BROKEN, CLAIM_CONFIRMED, CLAIM_DENIED,
    PLAN_APPROVED, PLAN_REFUSED, FIX_PROMISE, REJECT_PROMISE, FIX_PLAN, REJECT_PLAN, FIX_REASON, REJECT_REASON,
    FIX_CLAIM, PAGE,
    // --- a debtor's link locked after wrong answers: issue a new one
    NEW_LINK,
    // --- letters in the owner's chat
    POSTED, REGISTERED, LETTER_PDF,
    // --- collective proceedings: record them, the declaration of claim as a PDF, lift them
    PROCEEDINGS, DECLARATION_PDF, LIFT_PROCEEDINGS,
    // --- the statement of a debtor's account: to the owner, then sent to the debtor
    STATEMENT, STATEMENT_SEND,
    // --- the debtor's profile steering the ladder: accept the suggested course (in the task id slot), mark important
    COURSE, IMPORTANT,
    // --- how a call ended (the call sheet's buttons)
    CALL_PROMISED, CALL_PLAN, CALL_DISPUTED, CALL_UNREACHABLE, CALL_WRONG_NUMBER,
    // --- a plan's instalment: it arrived, it did not
    INSTALLMENT_PAID, INSTALLMENT_MISSED,
    // --- a dispute settled
    DISPUTE_CREDIT_NOTE, DISPUTE_CORRECTED, DISPUTE_CANCELLED, DISPUTE_REJECTED;

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public String data() {
    return verb.wire() + ":" + caseId + (taskId == null ? "" : ":" + taskId);
  }

  /** A page of a list of cases: {@code page:n}, or {@code page:n:paid} for the list that {@code /paid} shows. */
  public static OwnerAction page(int page, String list) {
    return new OwnerAction(Verb.PAGE, Integer.toString(page), list);
  }

  /** The action of a button's data, or empty when the data is not an owner's button. */
  public static Optional<OwnerAction> parse(String data) {
    if (data == null) {
      return Optional.empty();
    }
    String[] parts = data.split(":", 3);
    if (parts.length < 2 || parts[1].isBlank()) {
      return Optional.empty();
    }
    for (Verb verb : Verb.values()) {
      if (verb.wire().equals(parts[0])) {
        return Optional.of(new OwnerAction(verb, parts[1], parts.length == 3 ? parts[2] : null));
      }
    }
    return Optional.empty();
  }
}
