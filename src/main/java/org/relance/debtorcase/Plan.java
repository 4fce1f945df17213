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
    return with(index, installments.get(index).markPaid());
  }

  Plan withInstallmentReminded(int index, Instant at) {
    return with(index, installments.get(index).reminded(at));
  }

  Plan withInstallmentFollowUpAsked(int index, Instant at) {
    return with(index, installments.get(index).followUpAsked(at));
  }

  /** The position of the first instalment not yet covered, or -1. */
  public int nextUnpaidIndex() {
    return installments.indexOf(nextUnpaid());
  }

  private Plan with(int index, Installment installment) {
    List<Installment> updated = new ArrayList<>(installments);
    updated.set(index, installment);
    return new Plan(updated, words, agreed, recordedAt);
  }
}
