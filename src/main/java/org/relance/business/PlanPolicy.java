package org.relance.business;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What the bot may agree alone when a debtor asks to pay in several times: at most
 * {@code maxInstallments} payments over at most {@code maxMonths}, the first at least
 * {@code minFirstPaymentPercent} of the balance. Anything beyond waits for the owner's yes.
 * {@link #allows} is the one rule: the case applies it to a plan proposed, the debtor's dialogue
 * chooses by it what to offer (its plans start with {@link #minimumFirst}).
 */
public record PlanPolicy(int maxInstallments, int maxMonths, BigDecimal minFirstPaymentPercent)
    implements org.relance.serialization.JsonSerializable {

  public static PlanPolicy defaults() {
    return new PlanPolicy(3, 3, new BigDecimal("30"));
  }

  /** One dated payment of a schedule. */
  public record Payment(LocalDate date, BigDecimal amount) {}

  /** The least first payment at {@code scale} decimals that is at least the policy's share of {@code balance}. */
  public BigDecimal minimumFirst(BigDecimal balance, int scale) {
    return share(balance).setScale(scale, RoundingMode.UP);
  }

  private BigDecimal share(BigDecimal balance) {
    return balance.multiply(minFirstPaymentPercent).movePointLeft(2);
  }

  /**
   * Whether the bot may agree {@code payments} (in date order) alone for a {@code balance} on
   * {@code today}: not more payments than allowed, the last within {@code maxMonths}, the first at
   * least its share of the balance (the exact share, never rounded down: 30.00 is not 30 % of 100.01),
   * and together exactly the balance.
   */
  public boolean allows(List<Payment> payments, BigDecimal balance, LocalDate today) {
    BigDecimal total = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return !payments.isEmpty() && payments.size() <= maxInstallments
        && !payments.get(payments.size() - 1).date().isAfter(today.plusMonths(maxMonths))
        && payments.get(0).amount().compareTo(share(balance)) >= 0
        && total.compareTo(balance) == 0;
  }
}
