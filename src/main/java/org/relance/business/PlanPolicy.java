package org.relance.business;

import java.math.BigDecimal;

/**
 * What the bot may agree alone when a debtor asks to pay in several times: at most
 * {@code maxInstallments} payments over at most {@code maxMonths}, the first at least
 * {@code minFirstPaymentPercent} of the balance. Anything beyond waits for the owner's yes.
 */
public record PlanPolicy(int maxInstallments, int maxMonths, BigDecimal minFirstPaymentPercent)
    implements org.relance.serialization.JsonSerializable {

  public static PlanPolicy defaults() {
    return new PlanPolicy(3, 3, new BigDecimal("30"));
  }
}
