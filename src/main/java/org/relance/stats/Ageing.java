package org.relance.stats;

import org.relance.readside.CaseSummaries.OpenInvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ageing of what is owed, per business and currency: the outstanding amounts in buckets by
 * days past due (not yet due, 1–30, 31–60, 61–90, over 90), counted to today in the business's
 * time zone, and the average days past due of the overdue invoices weighted by their outstanding
 * amount. The one place ageing is counted: the admin page's JSON, its chart and {@code /stats} all read it.
 */
public final class Ageing {

  /** The bucket labels, in order. */
  public static final List<String> BUCKETS = List.of("not_yet_due", "1-30", "31-60", "61-90", "90+");

  /** One business's ageing in one currency. */
  public record BusinessAgeing(String businessId, String currency, List<BigDecimal> buckets, BigDecimal total,
                        BigDecimal weightedAverageDaysPastDue) {}

  private Ageing() {}

  public static List<BusinessAgeing> of(List<OpenInvoice> invoices, Instant now) {
    Map<String, List<OpenInvoice>> groups = new TreeMap<>();
    for (OpenInvoice invoice : invoices) {
      groups.computeIfAbsent(invoice.businessId() + "\u0000" + invoice.currency(), k -> new ArrayList<>()).add(invoice);
    }
    List<BusinessAgeing> result = new ArrayList<>();
    for (List<OpenInvoice> group : groups.values()) {
      BigDecimal[] buckets = new BigDecimal[BUCKETS.size()];
      java.util.Arrays.fill(buckets, BigDecimal.ZERO);
      BigDecimal overdueAmount = BigDecimal.ZERO;
      BigDecimal weightedDays = BigDecimal.ZERO;
      for (OpenInvoice invoice : group) {
        long days = ChronoUnit.DAYS.between(invoice.dueDate(), now.atZone(invoice.zone()).toLocalDate());
        int bucket = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
        buckets[bucket] = buckets[bucket].add(invoice.outstanding());
        if (days > 0) {
          overdueAmount = overdueAmount.add(invoice.outstanding());
          weightedDays = weightedDays.add(invoice.outstanding().multiply(BigDecimal.valueOf(days)));
        }
      }
      BigDecimal total = List.of(buckets).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal average = overdueAmount.signum() == 0 ? BigDecimal.ZERO
          : weightedDays.divide(overdueAmount, 1, RoundingMode.HALF_UP);
      result.add(new BusinessAgeing(group.get(0).businessId(), group.get(0).currency(), List.of(buckets), total,
          average));
    }
    return result;
  }
}
