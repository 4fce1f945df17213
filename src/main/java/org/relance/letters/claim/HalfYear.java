package org.relance.letters.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year, the period over which French and UK reference rates hold: {@code 2025-H1} is
 * January to June 2025, {@code 2025-H2} July to December. Written as in the rate tables.
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-H([12])");

  public HalfYear {
    if (half != 1 && half != 2) {
      throw new IllegalArgumentException("A half-year is 1 or 2, not " + half);
    }
  }

  public static HalfYear of(LocalDate day) {
    return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
  }

  /** Parses {@code 2025-H2}; anything else is refused with the expected shape. */
  @JsonCreator
  public static HalfYear parse(String text) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("A rate period is written like 2025-H1 or 2025-H2, not '" + text + "'");
    }
    return new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, half == 1 ? 1 : 7, 1);
  }

  public LocalDate lastDay() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  public HalfYear next() {
    return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
  }

  @Override
  public int compareTo(HalfYear other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
  }

  @JsonValue
  @Override
  public String toString() {
    return year + "-H" + half;
  }
}
