package org.relance.imports;

import java.util.List;

/**
 * A ledger file as read, before any meaning is given to it: its header names and its rows of text,
 * each with its line number as a spreadsheet shows it (the header is line 1).
 */
public record LedgerTable(List<String> headers, List<Row> rows) {

  /** One row: its line and its cells by header. */
  public record Row(int line, List<String> cells) {

    /** The cell under header {@code index}, or null when the row is shorter. */
    String cell(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }
  }

  /** The index of a header, or -1. */
  int index(String header) {
    return headers.indexOf(header);
  }
}
