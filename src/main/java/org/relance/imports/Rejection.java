package org.relance.imports;

/** A line of an import that was not taken: its line as a spreadsheet numbers it, the column at fault, and why. */
public record Rejection(int line, String field, String error) implements org.relance.serialization.JsonSerializable {}
