package org.relance.stats;

import org.relance.readside.CaseSummaries;
import org.relance.readside.CaseSummaries.IssuedInvoice;
import org.relance.readside.CaseSummaries.OpenInvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the {@link MoneyPicture}s of some businesses from the read side: the ageing as {@link Ageing}
 * counts it (the admin page's numbers) and the sales of the DSO period ({@code relance.stats.dso-period-days}).
 * Reads the database: call it on a blocking executor.
 */
public final class MoneyPictures {

  private final CaseSummaries summaries;
  private final int periodDays;

  public MoneyPictures(CaseSummaries summaries, int periodDays) {
    if (periodDays < 1 || periodDays > 366) {
      throw new IllegalArgumentException("relance.stats.dso-period-days must be between 1 and 366, not " + periodDays);
    }
    this.summaries = summaries;
    this.periodDays = periodDays;
  }

  /** The pictures of {@code businessIds} (null: every business) at {@code now}, by business then currency. */
  public List<MoneyPicture> of(Set<String> businessIds, Instant now) {
    // A day of slack before the period: each business's own "today" is found in its zone below.
    LocalDate since = now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(periodDays + 1L);
    return combine(summaries.openInvoices(businessIds), summaries.invoicesIssuedSince(businessIds, since), now,
        periodDays);
  }

  /**
   * The pictures from the open invoices (aged by {@link Ageing}) and the invoices issued lately: one per
   * business and currency found in either.
   */
  static List<MoneyPicture> combine(List<OpenInvoice> open, List<IssuedInvoice> issued, Instant now, int periodDays) {
    Map<String, Ageing.BusinessAgeing> groups = new TreeMap<>();
    Ageing.of(open, now).forEach(a -> groups.put(key(a.businessId(), a.currency()), a));
    Map<String, LocalDate> days = new TreeMap<>();
    open.forEach(i -> days.put(key(i.businessId(), i.currency()), now.atZone(i.zone()).toLocalDate()));
    Map<String, BigDecimal> sales = new TreeMap<>();
    for (IssuedInvoice invoice : issued) {
      String key = key(invoice.businessId(), invoice.currency());
      LocalDate today = now.atZone(invoice.zone()).toLocalDate();
      days.put(key, today);
      groups.computeIfAbsent(key, k -> nothingOwed(invoice.businessId(), invoice.currency()));
      if (!invoice.issueDate().isAfter(today) && invoice.issueDate().isAfter(today.minusDays(periodDays))) {
        sales.merge(key, invoice.amount(), BigDecimal::add);
      }
    }
    List<MoneyPicture> pictures = new ArrayList<>();
    groups.forEach((key, group) -> {
      BigDecimal sold = sales.getOrDefault(key, BigDecimal.ZERO);
      BigDecimal dso = sold.signum() == 0 ? null
          : group.total().multiply(BigDecimal.valueOf(periodDays)).divide(sold, 1, RoundingMode.HALF_UP);
      LocalDate day = days.getOrDefault(key, now.atOffset(ZoneOffset.UTC).toLocalDate());
      pictures.add(new MoneyPicture(group, day, periodDays, sold, dso));
    });
    return pictures;
  }

  private static Ageing.BusinessAgeing nothingOwed(String businessId, String currency) {
    return new Ageing.BusinessAgeing(businessId, currency,
        Collections.nCopies(Ageing.BUCKETS.size(), BigDecimal.ZERO), BigDecimal.ZERO, BigDecimal.ZERO);
  }

  private static String key(String businessId, String currency) {
    return businessId + "\u0000" + currency;
  }
}
