package org.relance.debtorcase;

import org.relance.common.CollectiveProceedings;
import org.relance.common.Party;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The collective proceedings a case's debtor is under, as stated by the debtor or the owner: the
 * kind, the day of the opening judgment when known, who said so and in what words. The claim must
 * be declared to the mandataire judiciaire within two months of the judgment's publication in the
 * BODACC (Code de commerce L622-24, R622-24); the publication follows the judgment, so two months
 * from the judgment (or, when its day is unknown, from the day the proceedings were recorded) is
 * the earliest that deadline can fall, the one the owner is held to.
 */
public record Proceedings(CollectiveProceedings kind, LocalDate judgmentDate, Party statedBy, String words,
                          Instant recordedAt) implements JsonSerializable {

  /** The months within which the claim must be declared (R622-24). */
  public static final int DECLARATION_MONTHS = 2;

  /** The last day to declare the claim, counted from the judgment, else from the day recorded in {@code zone}. */
  public LocalDate declarationDeadline(ZoneId zone) {
    LocalDate from = judgmentDate != null ? judgmentDate : recordedAt.atZone(zone).toLocalDate();
    return from.plusMonths(DECLARATION_MONTHS);
  }
}
