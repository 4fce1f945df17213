package org.relance.debtorcase;

import java.util.ArrayList;
import java.util.List;

/**
 * The kind of late payer a debtor's behaviour suggests (DOMAIN.md), with the reasons that led
 * there (in English words, and as codes for the owner's language): those who want to pay but can't, those
 * who delay on purpose, those who avoid paying; and the course each suggests ({@link #suggestedCourse()}).
 */
public record DebtorProfile(Kind kind, List<String> reasons, List<Reason> why) {

  /**
   * One reason, for words in the reader's language: its {@code code} (the template
   * {@code profile.reason.<code>}) and the count it mentions (0 when none).
   */
  public record Reason(String code, long count) {}

  /** The course suggested for this profile (DOMAIN.md), or empty for a cooperative debtor. */
  public java.util.Optional<org.relance.ladder.Steering> suggestedCourse() {
    return java.util.Optional.ofNullable(switch (kind) {
      case CANNOT_PAY -> org.relance.ladder.Steering.PLAN;
      case STRATEGIC_DELAYER -> org.relance.ladder.Steering.FIRM;
      case AVOIDER -> org.relance.ladder.Steering.EARLY_HANDOVER;
      case COOPERATIVE -> null;
    });
  }

  /** The reasons in words (English, for the API and the logs) and as codes, built together. */
  private static final class Reasons {
    final List<String> words = new ArrayList<>();
    final List<Reason> codes = new ArrayList<>();

    void add(String code, long count, String english) {
      words.add(english);
      codes.add(new Reason(code, count));
    }

    boolean isEmpty() {
      return words.isEmpty();
    }

    DebtorProfile as(Kind kind) {
      return new DebtorProfile(kind, List.copyOf(words), List.copyOf(codes));
    }
  }

  /** The four profiles; the first that fits, in this order, is the debtor's. */
  public enum Kind { AVOIDER, STRATEGIC_DELAYER, CANNOT_PAY, COOPERATIVE }

  private static final int SILENT_STEPS_FOR_AVOIDER = 2;

  /** Derives the profile from what the case has seen so far. */
  public static DebtorProfile of(CaseFile file) {
    CaseFile.Counts c = file.counts();
    long stepsSent = file.steps().stream().filter(s -> s.stage().sends() && !s.prior()).count();
    boolean hardship = file.delayReasons().stream()
        .anyMatch(r -> r.reason() == org.relance.nlu.DelayReason.CASH_FLOW);

    boolean engaged = c.messagesIn() > 0 || c.promisesKept() + c.promisesBroken() + c.plansMissed()
        + c.claimsDenied() + c.disputes() > 0 || file.promise() != null || file.plan() != null
        || file.planProposal() != null || file.claimedPayment() != null || !file.payments().isEmpty();
    Reasons avoider = new Reasons();
    if (!engaged && stepsSent >= SILENT_STEPS_FOR_AVOIDER) {
      avoider.add("no_answer", stepsSent, "no answer after " + stepsSent + " reminders");
    }
    if (file.contactStop() == CaseEvent.ContactStop.WRONG_CONTACT) {
      avoider.add("wrong_contact", 0, "the contact said they are not the debtor");
    }
    if (!avoider.isEmpty()) {
      return avoider.as(Kind.AVOIDER);
    }

    Reasons delayer = new Reasons();
    if (c.promisesBroken() >= 2 || (c.promisesBroken() == 1 && !hardship)) {
      delayer.add("promises_broken", c.promisesBroken(), c.promisesBroken() + " broken promise(s)");
    }
    if (c.claimsDenied() > 0) {
      delayer.add("claims_denied", c.claimsDenied(), c.claimsDenied() + " claimed payment(s) not received");
    }
    if (c.plansMissed() > 0 && !hardship) {
      delayer.add("plans_missed", c.plansMissed(), c.plansMissed() + " missed plan(s)");
    }
    if (!delayer.isEmpty()) {
      return delayer.as(Kind.STRATEGIC_DELAYER);
    }

    Reasons cannotPay = new Reasons();
    if (hardship) {
      cannotPay.add("hardship", 0, "said they have cash-flow difficulties");
    }
    if (file.plan() != null || file.planProposal() != null || c.plansMissed() > 0) {
      cannotPay.add("asked_plan", 0, "asked to pay in several times");
    }
    if (!cannotPay.isEmpty()) {
      return cannotPay.as(Kind.CANNOT_PAY);
    }

    Reasons cooperative = new Reasons();
    if (c.promisesKept() > 0) {
      cooperative.add("promises_kept", c.promisesKept(), c.promisesKept() + " promise(s) kept");
    }
    if (c.messagesIn() > 0) {
      cooperative.add("answers", 0, "answers messages");
    }
    if (cooperative.isEmpty()) {
      cooperative.add("nothing_against", 0, "nothing against them so far");
    }
    return cooperative.as(Kind.COOPERATIVE);
  }
}
