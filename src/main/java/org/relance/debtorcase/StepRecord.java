package org.relance.debtorcase;

import org.relance.ladder.Stage;
import org.relance.serialization.JsonSerializable;

import java.time.LocalDate;

/** A rung the case reached, on which day; {@code prior} when it was sent before the case came in. */
public record StepRecord(Stage stage, LocalDate day, boolean prior) implements JsonSerializable {}
