package org.relance.letters.claim;

import org.relance.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A run of days (from and to inclusive) over which one invoice's outstanding principal and rate
 * stayed the same: {@code interest} is principal x rate x days / 365, shown rounded to the cent
 * (the invoice's total is rounded once from the exact sum). {@code referenceRate} is the published
 * rate behind {@code annualRate} (ECB, legal or BoE rate), or the contract rate.
 */
public record InterestPeriod(
    LocalDate from,
    LocalDate to,
    long days,
    Money principal,
    HalfYear halfYear,
    BigDecimal annualRate,
    RateBasis basis,
    BigDecimal referenceRate,
    Money interest) {}
