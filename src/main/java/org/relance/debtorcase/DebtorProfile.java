package org.relance.debtorcase;

import java.util.ArrayList;
import java.util.List;

/**
 * The kind of late payer a debtor's behaviour suggests (DOMAIN.md), with the reasons that led
 * there: those who want to pay but can't, those who delay on purpose, those who avoid paying.
 */
public record DebtorProfile(Kind kind, List<String> reasons) {

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
    List<String> avoider = new ArrayList<>();
    if (!engaged && stepsSent >= SILENT_STEPS_FOR_AVOIDER) {
      avoider.add("no answer after " + stepsSent + " reminders");
    }
    if (file.contactStop() == CaseEvent.ContactStop.WRONG_CONTACT) {
      avoider.add("the contact said they are not the debtor");
    }
    if (!avoider.isEmpty()) {
      return new DebtorProfile(Kind.AVOIDER, avoider);
    }

    List<String> delayer = new ArrayList<>();
    if (c.promisesBroken() >= 2 || (c.promisesBroken() == 1 && !hardship)) {
      delayer.add(c.promisesBroken() + " broken promise(s)");
    }
    if (c.claimsDenied() > 0) {
      delayer.add(c.claimsDenied() + " claimed payment(s) not received");
    }
    if (c.plansMissed() > 0 && !hardship) {
      delayer.add(c.plansMissed() + " missed plan(s)");
    }
    if (!delayer.isEmpty()) {
      return new DebtorProfile(Kind.STRATEGIC_DELAYER, delayer);
    }

    List<String> cannotPay = new ArrayList<>();
    if (hardship) {
      cannotPay.add("said they have cash-flow difficulties");
    }
    if (file.plan() != null || file.planProposal() != null || c.plansMissed() > 0) {
      cannotPay.add("asked to pay in several times");
    }
    if (!cannotPay.isEmpty()) {
      return new DebtorProfile(Kind.CANNOT_PAY, cannotPay);
    }

    List<String> cooperative = new ArrayList<>();
    if (c.promisesKept() > 0) {
      cooperative.add(c.promisesKept() + " promise(s) kept");
    }
    if (c.messagesIn() > 0) {
      cooperative.add("answers messages");
    }
    if (cooperative.isEmpty()) {
      cooperative.add("nothing against them so far");
    }
    return new DebtorProfile(Kind.COOPERATIVE, cooperative);
  }
}
