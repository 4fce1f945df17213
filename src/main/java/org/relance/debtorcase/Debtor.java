package org.relance.debtorcase;

import org.relance.common.Language;
import org.relance.common.PostalAddress;

import java.time.ZoneId;

/**
 * Who owes: a company (legal form and SIREN) or a person, with how to reach them. Language and
 * time zone default to the business's when not given.
 */
public record Debtor(
    String name,
    DebtorType type,
    String legalForm,
    String siren,
    PostalAddress address,
    String email,
    String phone,
    Language language,
    ZoneId timezone) implements org.relance.serialization.JsonSerializable {}
