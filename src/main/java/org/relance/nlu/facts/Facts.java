package org.relance.nlu.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.relance.common.CollectiveProceedings;
import org.relance.common.PaymentMethod;

/**
 * The facts of a debtor's reply (NLU-CONTRACT.md, "Entities"): the payment dates it commits to,
 * proposes or reports, in written order without repeats; every money amount in written order;
 * the number of instalments asked or offered, or null; the payment method named, or null; the
 * collective proceedings the debtor says they are under, or null (a mere fear is none).
 */
public record Facts(List<LocalDate> dates, List<BigDecimal> amounts, Integer installments,
    PaymentMethod method, CollectiveProceedings proceedings) {

  public Facts {
    dates = List.copyOf(dates);
    amounts = List.copyOf(amounts);
  }

  /** Facts of a reply that states no collective proceedings. */
  public Facts(List<LocalDate> dates, List<BigDecimal> amounts, Integer installments, PaymentMethod method) {
    this(dates, amounts, installments, method, null);
  }
}
