package org.relance.letters.claim;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.relance.business.Jurisdiction;
import org.relance.common.Money;
import org.relance.debtorcase.DebtorType;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * The sum claimed from a debtor as of a date: one {@link InvoiceClaim} per invoice and the totals.
 * {@code provisional} is true when a half-year's official rate was not in the tables and the last
 * known one was carried forward ({@code provisionalRates} says which). {@code unallocated} is what
 * the debtor paid beyond every invoice. Serialized by Jackson with the totals, as the claim API returns it. {@code formalNoticeDate} is the mise en demeure a consumer's
 * interest runs from (null if none).
 */
public record Claim(
    LocalDate asOf,
    Jurisdiction jurisdiction,
    DebtorType debtorType,
    Currency currency,
    List<InvoiceClaim> invoices,
    List<ProvisionalRate> provisionalRates,
    Money unallocated,
    LocalDate formalNoticeDate) {

  public Claim {
    invoices = List.copyOf(invoices);
    provisionalRates = List.copyOf(provisionalRates);
  }

  @JsonProperty
  public boolean provisional() {
    return !provisionalRates.isEmpty();
  }

  /** Principal still outstanding over all invoices. */
  @JsonProperty
  public Money principal() {
    return sum(InvoiceClaim::outstanding);
  }

  @JsonProperty
  public Money penalties() {
    return sum(InvoiceClaim::penalties);
  }

  @JsonProperty
  public Money indemnity() {
    return sum(InvoiceClaim::indemnity);
  }

  /** Invoiced amount over all invoices. */
  @JsonProperty
  public Money invoiced() {
    return sum(c -> c.invoice().amount());
  }

  @JsonProperty
  public Money paid() {
    return sum(InvoiceClaim::paid);
  }

  @JsonProperty
  public Money total() {
    return principal().plus(penalties()).plus(indemnity());
  }

  private Money sum(Function<InvoiceClaim, Money> part) {
    return invoices.stream().map(part).reduce(Money.zero(currency), Money::plus);
  }
}
