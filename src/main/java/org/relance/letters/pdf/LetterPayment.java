package org.relance.letters.pdf;

import org.relance.letters.LetterCase;
import org.relance.letters.claim.Claim;
import org.relance.payment.PaymentDetails;

import java.util.Arrays;

/**
 * The payment details a letter prints: the reference is the invoices still owed, and the amount is
 * the sum the letter asks for: the claim's total (principal, penalties and indemnity) when the
 * letter sets the claim out (its {@code claim} block, printed once something is owed beyond the
 * principal), the principal still due otherwise. Pure.
 */
final class LetterPayment {

  private LetterPayment() {}

  static PaymentDetails of(LetterCase file, Claim claim, String blocks) {
    boolean claimSetOut = Arrays.stream(blocks.split(",")).map(String::strip).anyMatch("claim"::equals)
        && (claim.penalties().isPositive() || claim.indemnity().isPositive());
    return PaymentDetails.of(file.business(), (claimSetOut ? claim.total() : claim.principal()).amount(),
        claim.currency().getCurrencyCode(), claim.invoices().stream()
            .filter(i -> i.outstanding().isPositive()).map(i -> i.invoice().number()).toList());
  }
}
