package org.relance.debtorcase;

import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment plan (échéancier): dated instalments, proposed (waiting for the owner's yes when
 * beyond the business's policy) or agreed, with the debtor's words when they asked for it.
 */
public record Plan(List<Installment> installments, String words, boolean agreed, Instant recordedAt)
    implements JsonSerializable {

  public Plan {
    installments = List.copyOf(installments);
  }

  Plan markAgreed() {
    return new Plan(installments, words, true, recordedAt);
  }

  /** The first instalment not yet covered, or null when all are. */
  public Installment nextUnpaid() {
    return installments.stream().filter(i -> !i.paid()).findFirst().orElse(null);
  }

  Plan withInstallmentPaid(int index) {
    List<Installment> updated = new ArrayList<>(installments);
    updated.set(index, updated.get(index).markPaid());
    return new Plan(updated, words, agreed, recordedAt);
  }
}
