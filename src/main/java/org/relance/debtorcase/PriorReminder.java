package org.relance.debtorcase;

import org.relance.ladder.Stage;
import org.relance.serialization.JsonSerializable;

import java.time.LocalDate;

/** A reminder the owner sent before the case came into Relance: which rung, and when. */
public record PriorReminder(Stage stage, LocalDate date) implements JsonSerializable {}
