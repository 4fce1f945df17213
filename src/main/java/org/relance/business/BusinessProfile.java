package org.relance.business;

import org.relance.common.Language;
import org.relance.common.PostalAddress;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Everything a business tells Relance about itself: who it is (for letters), how it is paid,
 * the law and language it works in, its clock, its plan policy, its digest hour, and any ladder
 * setting it overrides (keys of {@code relance.ladder}, e.g. {@code "minimum-gap-days" -> 10}).
 * {@code contractPenaltyRate} is the annual late-penalty rate of its contracts in percent, or null
 * for the legal default. The digest comes at {@code digestHour}:{@code digestMinute} (null: on the hour).
 * {@code paymentUrl} is its optional payment link template ({@link org.relance.payment.PaymentLink}),
 * null when it has none (and in profiles recorded before it was kept). {@code emailWithChat}: a debtor
 * with both a verified chat and an e-mail address gets the ladder's messages by both (null, as in
 * profiles written before it: in the chat only).
 */
public record BusinessProfile(
    String name,
    PostalAddress address,
    String legalId,
    String signatory,
    String iban,
    String bic,
    Language language,
    Jurisdiction jurisdiction,
    ZoneId timezone,
    BigDecimal contractPenaltyRate,
    PlanPolicy planPolicy,
    int digestHour,
    Map<String, Integer> ladderOverrides,
    Integer digestMinute,
    String paymentUrl,
    Boolean emailWithChat) implements org.relance.serialization.JsonSerializable {

  /** A profile whose digest comes on the hour. */
  public BusinessProfile(String name, PostalAddress address, String legalId, String signatory, String iban, String bic,
                         Language language, Jurisdiction jurisdiction, ZoneId timezone, BigDecimal contractPenaltyRate,
                         PlanPolicy planPolicy, int digestHour, Map<String, Integer> ladderOverrides) {
    this(name, address, legalId, signatory, iban, bic, language, jurisdiction, timezone, contractPenaltyRate,
        planPolicy, digestHour, ladderOverrides, null, null, null);
  }

  /** A profile without a payment link, writing to a debtor with a chat in the chat only. */
  public BusinessProfile(String name, PostalAddress address, String legalId, String signatory, String iban, String bic,
                         Language language, Jurisdiction jurisdiction, ZoneId timezone, BigDecimal contractPenaltyRate,
                         PlanPolicy planPolicy, int digestHour, Map<String, Integer> ladderOverrides,
                         Integer digestMinute) {
    this(name, address, legalId, signatory, iban, bic, language, jurisdiction, timezone, contractPenaltyRate,
        planPolicy, digestHour, ladderOverrides, digestMinute, null, null);
  }

  /** A profile writing to a debtor with a chat in the chat only. */
  public BusinessProfile(String name, PostalAddress address, String legalId, String signatory, String iban, String bic,
                         Language language, Jurisdiction jurisdiction, ZoneId timezone, BigDecimal contractPenaltyRate,
                         PlanPolicy planPolicy, int digestHour, Map<String, Integer> ladderOverrides,
                         Integer digestMinute, String paymentUrl) {
    this(name, address, legalId, signatory, iban, bic, language, jurisdiction, timezone, contractPenaltyRate,
        planPolicy, digestHour, ladderOverrides, digestMinute, paymentUrl, null);
  }

  /** Whether a debtor with a verified chat and an e-mail address gets the ladder's messages by both. */
  public boolean emailsWithChat() {
    return Boolean.TRUE.equals(emailWithChat);
  }

  /** The local time of the daily digest. */
  public LocalTime digestTime() {
    return LocalTime.of(digestHour, digestMinute == null ? 0 : digestMinute);
  }
}
