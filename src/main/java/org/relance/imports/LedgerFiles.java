package org.relance.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.relance.limits.InputLimits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a ledger file into a {@link LedgerTable}: CSV with Apache Commons CSV ({@code ;} or {@code ,},
 * UTF-8 or Windows-1252, guessed from the bytes) or XLSX with Apache POI (the first sheet; dates
 * written as ISO days). Bounded by {@link InputLimits}: a file too large, too many rows or columns, or
 * one that is neither is refused with a reason the owner can act on.
 */
public final class LedgerFiles {

  /** A file that cannot be read as a ledger; the message says why, in plain English (the faces translate it). */
  public static final class Unreadable extends Exception {
    private final String key;

    Unreadable(String key, String message) {
      super(message);
      this.key = key;
    }

    /** The text's key under {@code owner.import.unreadable.*}. */
    public String key() {
      return key;
    }
  }

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private LedgerFiles() {}

  /** Whether the bytes are an XLSX workbook (a zip), rather than CSV text. */
  public static boolean isWorkbook(byte[] bytes) {
    return bytes.length >= 4 && java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, 4), ZIP);
  }

  /** The ledger in the file, or why it cannot be read. */
  public static LedgerTable read(byte[] bytes) throws Unreadable {
    if (bytes.length > InputLimits.IMPORT_BYTES) {
      throw new Unreadable("too_large", "the file is larger than " + InputLimits.IMPORT_BYTES / (1024 * 1024) + " MB");
    }
    LedgerTable table = isWorkbook(bytes) ? workbook(bytes) : csv(text(bytes));
    if (table.headers().isEmpty()) {
      throw new Unreadable("empty", "the file has no header line");
    }
    return table;
  }

  private static String text(byte[] bytes) {
    try {
      String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8;
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static LedgerTable csv(String text) throws Unreadable {
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
        .setTrim(true).get();
    List<String> headers = null;
    List<LedgerTable.Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        if (headers == null) {
          headers = bounded(cells);
          continue;
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        rows.add(new LedgerTable.Row((int) record.getRecordNumber(), bounded(cells)));
        checkRows(rows.size());
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new Unreadable("not_a_ledger", "the file is not readable as CSV (" + e.getMessage() + ")");
    }
    return new LedgerTable(headers == null ? List.of() : headers, rows);
  }

  private static LedgerTable workbook(byte[] bytes) throws Unreadable {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
      List<String> headers = null;
      List<LedgerTable.Row> rows = new ArrayList<>();
      for (org.apache.poi.ss.usermodel.Row row : sheet) {
        List<String> cells = new ArrayList<>();
        int last = Math.min(Math.max(row.getLastCellNum(), 0), InputLimits.IMPORT_COLUMNS + 1);
        for (int i = 0; i < last; i++) {
          cells.add(cellText(row.getCell(i), formatter));
        }
        if (headers == null) {
          headers = bounded(cells);
        } else if (!cells.stream().allMatch(String::isBlank)) {
          rows.add(new LedgerTable.Row(row.getRowNum() + 1, bounded(cells)));
          checkRows(rows.size());
        }
      }
      return new LedgerTable(headers == null ? List.of() : headers, rows);
    } catch (IOException | RuntimeException e) {
      throw new Unreadable("not_a_ledger", "the file is not a readable XLSX workbook (" + e.getMessage() + ")");
    }
  }

  private static String cellText(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    if (cell.getCellType() == CellType.NUMERIC || (cell.getCellType() == CellType.FORMULA
        && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
      return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
    }
    return formatter.formatCellValue(cell).strip();
  }

  private static List<String> bounded(List<String> cells) throws Unreadable {
    if (cells.size() > InputLimits.IMPORT_COLUMNS) {
      throw new Unreadable("too_wide", "the file has more than " + InputLimits.IMPORT_COLUMNS + " columns");
    }
    List<String> kept = new ArrayList<>(cells.size());
    for (String cell : cells) {
      kept.add(cell.length() > InputLimits.IMPORT_CELL ? cell.substring(0, InputLimits.IMPORT_CELL) : cell);
    }
    return kept;
  }

  private static void checkRows(int rows) throws Unreadable {
    if (rows > InputLimits.IMPORT_ROWS) {
      throw new Unreadable("too_many_rows", "the file has more than " + InputLimits.IMPORT_ROWS + " rows");
    }
  }

  private static int count(String text, char wanted) {
    return (int) text.chars().filter(c -> c == wanted).count();
  }
}
