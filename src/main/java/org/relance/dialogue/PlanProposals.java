package org.relance.dialogue;

import org.relance.business.PlanPolicy;
import org.relance.dialogue.PendingQuestion.Part;
import org.relance.nlu.facts.Facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plans the bot may offer a debtor who asks to pay in several times, under the business's
 * {@link PlanPolicy}: the debtor's own schedule when it fits (dated amounts they wrote, or a number
 * of monthly payments), otherwise the policy's own plan (as many monthly payments as it allows, or
 * as the debtor asked or wrote if fewer, the first large enough). Monthly payments start
 * {@code firstPaymentDays} after today, or on the first date the debtor named. A schedule the
 * debtor wrote is kept as {@code own} even when it does not fit (or covers less than the balance),
 * so that it can go to the owner as written. Pure.
 */
public final class PlanProposals {

  /** What to offer: a plan within policy (or none allowed), and the debtor's own schedule when they gave one. */
  public record Offer(Optional<List<Part>> proposal, Optional<List<Part>> own) {
    public boolean ownFits() {
      return own.isPresent() && proposal.equals(own);
    }
  }

  private final int firstPaymentDays;

  public PlanProposals(int firstPaymentDays) {
    if (firstPaymentDays < 0) {
      throw new IllegalArgumentException("relance.debtor.plan-first-payment-days must not be negative");
    }
    this.firstPaymentDays = firstPaymentDays;
  }

  public Offer offer(BigDecimal balance, int scale, PlanPolicy policy, Facts facts, LocalDate today) {
    LocalDate first = facts.dates().isEmpty() || facts.dates().get(0).isBefore(today)
        ? today.plusDays(firstPaymentDays) : facts.dates().get(0);
    Optional<List<Part>> own = own(balance, scale, facts, first);
    if (own.isPresent() && fits(own.get(), balance, policy, today)) {
      return new Offer(own, own);
    }
    int count = Math.min(policy.maxInstallments(), policy.maxMonths());
    if (own.isPresent()) {
      count = Math.min(count, own.get().size());
    }
    while (count >= 2) {
      List<Part> plan = monthly(balance, scale, count, first, policy.minimumFirst(balance, scale));
      if (fits(plan, balance, policy, today)) {
        return new Offer(Optional.of(plan), own);
      }
      count--;
    }
    return new Offer(Optional.empty(), own);
  }

  /** Whether the debtor wrote a schedule of their own: two dates or more, one amount for each. */
  public static boolean isSchedule(Facts facts) {
    return facts.dates().size() >= 2 && facts.amounts().size() == facts.dates().size();
  }

  /**
   * The schedule the debtor wrote: one amount per date adding up to no more than the balance, or a
   * count of monthly payments.
   */
  private static Optional<List<Part>> own(BigDecimal balance, int scale, Facts facts, LocalDate first) {
    if (isSchedule(facts)) {
      List<Part> parts = new ArrayList<>();
      for (int i = 0; i < facts.dates().size(); i++) {
        parts.add(new Part(facts.dates().get(i), facts.amounts().get(i).setScale(scale, RoundingMode.HALF_UP)));
      }
      boolean valid = total(parts).compareTo(balance) <= 0 && parts.stream().allMatch(p -> p.amount().signum() > 0);
      return valid ? Optional.of(parts) : Optional.empty();
    }
    if (facts.installments() != null && facts.installments() >= 2) {
      return Optional.of(monthly(balance, scale, facts.installments(), first, BigDecimal.ZERO));
    }
    return Optional.empty();
  }

  private static List<Part> monthly(BigDecimal balance, int scale, int count, LocalDate first, BigDecimal minimumFirst) {
    BigDecimal even = balance.divide(BigDecimal.valueOf(count), scale, RoundingMode.UP);
    BigDecimal firstAmount = even.max(minimumFirst).min(balance);
    BigDecimal rest = balance.subtract(firstAmount);
    BigDecimal each = rest.divide(BigDecimal.valueOf(count - 1), scale, RoundingMode.DOWN);
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(first, firstAmount));
    for (int i = 1; i < count; i++) {
      BigDecimal amount = i == count - 1 ? rest.subtract(each.multiply(BigDecimal.valueOf(count - 2))) : each;
      parts.add(new Part(first.plusMonths(i), amount));
    }
    return parts;
  }

  /** A plan the bot may agree alone: the policy's rule ({@link PlanPolicy#allows}), on a plan of two payments or more. */
  static boolean fits(List<Part> parts, BigDecimal balance, PlanPolicy policy, LocalDate today) {
    return parts.size() >= 2 && parts.stream().allMatch(p -> p.amount().signum() > 0)
        && policy.allows(parts.stream().map(p -> new PlanPolicy.Payment(p.date(), p.amount())).toList(), balance, today);
  }

  private static BigDecimal total(List<Part> parts) {
    return parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
