package org.relance.debtorcase;

import org.relance.nlu.DelayReason;
import org.relance.serialization.JsonSerializable;

import java.time.Instant;

/** A reason for delay the debtor gave, in their words. */
public record ReasonRecord(DelayReason reason, String words, Instant at) implements JsonSerializable {}
