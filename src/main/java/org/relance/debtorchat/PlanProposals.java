package org.relance.debtorchat;

import org.relance.business.PlanPolicy;
import org.relance.debtorchat.PendingQuestion.Part;
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
 * as the debtor asked if fewer, the first large enough). Monthly payments start
 * {@code firstPaymentDays} after today, or on the first date the debtor named. Pure.
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
    if (facts.installments() != null && facts.installments() >= 2) {
      count = Math.min(count, facts.installments());
    }
    while (count >= 2) {
      List<Part> plan = monthly(balance, scale, count, first, minimumFirst(balance, scale, policy));
      if (fits(plan, balance, policy, today)) {
        return new Offer(Optional.of(plan), own);
      }
      count--;
    }
    return new Offer(Optional.empty(), own);
  }

  /** The schedule the debtor wrote: one amount per date adding up to the balance, or a count of monthly payments. */
  private static Optional<List<Part>> own(BigDecimal balance, int scale, Facts facts, LocalDate first) {
    if (facts.dates().size() >= 2 && facts.amounts().size() == facts.dates().size()) {
      List<Part> parts = new ArrayList<>();
      for (int i = 0; i < facts.dates().size(); i++) {
        parts.add(new Part(facts.dates().get(i), facts.amounts().get(i).setScale(scale, RoundingMode.HALF_UP)));
      }
      return total(parts).compareTo(balance) == 0 ? Optional.of(parts) : Optional.empty();
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

  private static BigDecimal minimumFirst(BigDecimal balance, int scale, PlanPolicy policy) {
    return balance.multiply(policy.minFirstPaymentPercent()).divide(BigDecimal.valueOf(100), scale, RoundingMode.UP);
  }

  /** The case's own rule (CaseRules.withinPolicy), read on the debtor's side to choose what to offer. */
  static boolean fits(List<Part> parts, BigDecimal balance, PlanPolicy policy, LocalDate today) {
    BigDecimal minimumFirst = balance.multiply(policy.minFirstPaymentPercent())
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    return parts.size() >= 2 && parts.size() <= policy.maxInstallments()
        && !parts.get(parts.size() - 1).date().isAfter(today.plusMonths(policy.maxMonths()))
        && parts.get(0).amount().compareTo(minimumFirst) >= 0
        && parts.stream().allMatch(p -> p.amount().signum() > 0)
        && total(parts).compareTo(balance) == 0;
  }

  private static BigDecimal total(List<Part> parts) {
    return parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
