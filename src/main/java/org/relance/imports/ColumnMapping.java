package org.relance.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which header of the file feeds each {@link LedgerColumn}: found from the header names, shown to the
 * owner and changed by them ({@code client=Raison sociale; remaining=}) before the import runs.
 */
public record ColumnMapping(Map<LedgerColumn, String> headers) {

  public ColumnMapping {
    EnumMap<LedgerColumn, String> copy = new EnumMap<>(LedgerColumn.class);
    copy.putAll(headers);
    headers = Collections.unmodifiableMap(copy);
  }

  /** The mapping found from the file's header names: the first header each column names. */
  public static ColumnMapping guess(List<String> fileHeaders) {
    Map<LedgerColumn, String> found = new EnumMap<>(LedgerColumn.class);
    for (LedgerColumn column : LedgerColumn.values()) {
      fileHeaders.stream().filter(column::names).filter(h -> !found.containsValue(h)).findFirst()
          .ifPresent(h -> found.put(column, h));
    }
    return new ColumnMapping(found);
  }

  /**
   * This mapping changed by the owner's edits, {@code column=header} separated by {@code ;} or new lines
   * (an empty header drops the column); the reason when an edit names no column or no header of the file.
   */
  public Result<ColumnMapping> edited(String edits, List<String> fileHeaders) {
    Map<LedgerColumn, String> changed = new EnumMap<>(LedgerColumn.class);
    changed.putAll(headers);
    for (String edit : edits.split("[;\\n]")) {
      if (edit.isBlank()) {
        continue;
      }
      int equals = edit.indexOf('=');
      if (equals < 0) {
        return Result.refused("write each change as column=header, e.g. client=Raison sociale");
      }
      Optional<LedgerColumn> column = LedgerColumn.named(edit.substring(0, equals));
      if (column.isEmpty()) {
        return Result.refused("no column '" + edit.substring(0, equals).strip() + "'");
      }
      String header = edit.substring(equals + 1).strip();
      if (header.isEmpty()) {
        changed.remove(column.get());
        continue;
      }
      Optional<String> inFile = fileHeaders.stream()
          .filter(h -> LedgerColumn.normalized(h).equals(LedgerColumn.normalized(header))).findFirst();
      if (inFile.isEmpty()) {
        return Result.refused("the file has no column '" + header + "'");
      }
      changed.put(column.get(), inFile.get());
    }
    return Result.of(new ColumnMapping(changed));
  }

  /** The required columns no header feeds. */
  public List<LedgerColumn> missing() {
    List<LedgerColumn> missing = new ArrayList<>();
    for (LedgerColumn column : LedgerColumn.values()) {
      if (column.required() && !headers.containsKey(column)) {
        missing.add(column);
      }
    }
    return missing;
  }

  /** One line per column: {@code client ← Raison sociale}, or {@code remaining ← (none)}. */
  public String describe(java.util.function.Function<LedgerColumn, String> label, String none) {
    StringBuilder text = new StringBuilder();
    for (LedgerColumn column : LedgerColumn.values()) {
      text.append(label.apply(column)).append(" ← ").append(headers.getOrDefault(column, none)).append('\n');
    }
    return text.toString().strip();
  }

  /** A value, or the reason it was refused. */
  public record Result<T>(T value, String refusal) {
    static <T> Result<T> of(T value) {
      return new Result<>(value, null);
    }

    static <T> Result<T> refused(String reason) {
      return new Result<>(null, reason);
    }
  }
}
