package org.relance.debtorcase;

import org.relance.serialization.JsonSerializable;

import java.time.Instant;

/** The debtor contests the debt, the amount or the work; the ladder stops until the owner resolves it. */
public record Dispute(String reason, Instant openedAt) implements JsonSerializable {}
