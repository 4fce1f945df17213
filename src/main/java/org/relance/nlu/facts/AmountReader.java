package org.relance.nlu.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the money amounts of a message in written order: digits with French or English separators
 * ("1 200,50 €", "1.200,50€", "$1,250.00", "€4,800"), thousands ("2k", "1,5k", "10 k€", "2 mille"),
 * and numbers in words ("mille deux cents euros", "two hundred"). A number counts as money when a
 * currency sign or word is next to it, or "k" follows it; a number without either is left to
 * {@link BareSums}. Percentages and the tokens of dates are never amounts.
 */
public final class AmountReader {

  private static final Set<String> PERCENT = Set.of("%", "pourcent", "percent", "pct", "pourcents");
  private static final Set<String> THOUSAND = Set.of("k", "mille", "thousand", "ke", "keur", "keuros");

  private AmountReader() {}

  /** The amounts, skipping the tokens {@code taken} by dates. */
  public static List<BigDecimal> read(List<Token> tokens, boolean[] taken) {
    List<BigDecimal> amounts = new ArrayList<>(2);
    int i = 0;
    while (i < tokens.size()) {
      int next = readAt(tokens, taken, i, amounts);
      i = next > i ? next : i + 1;
    }
    return amounts;
  }

  private static int readAt(List<Token> tokens, boolean[] taken, int i, List<BigDecimal> out) {
    Token token = tokens.get(i);
    boolean prefix = Vocabulary.CURRENCY_BEFORE.contains(token.text()) && i + 1 < tokens.size()
        && tokens.get(i + 1).isNumber();
    int start = prefix ? i + 1 : i;
    if (taken[start]) {
      return i + 1;
    }
    BigDecimal value;
    int end;
    boolean inWords = false;
    if (tokens.get(start).isNumber()) {
      end = start + 1;
      value = parseNumber(tokens.get(start).text());
      while (value != null && end < tokens.size() && isThousandsGroup(tokens, start, end)) {
        value = value.multiply(BigDecimal.valueOf(1000)).add(parseNumber(tokens.get(end).text()));
        end++;
      }
    } else {
      NumberWords.Reading reading = NumberWords.read(tokens, start);
      if (reading == null) {
        return i + 1;
      }
      inWords = true;
      value = BigDecimal.valueOf(reading.value());
      end = reading.end();
    }
    if (value == null || value.signum() <= 0) {
      return end;
    }
    boolean thousand = end < tokens.size() && THOUSAND.contains(tokens.get(end).text());
    if (thousand) {
      value = value.multiply(BigDecimal.valueOf(1000));
      end++;
      if (end < tokens.size() && !tokens.get(end).spaced() && isDigits(tokens.get(end).text())
          && tokens.get(end).text().length() <= 3) { // "1k2" is 1 200, "2k50" 2 500
        String hundreds = (tokens.get(end).text() + "00").substring(0, 3);
        value = value.add(new BigDecimal(hundreds));
        end++;
      }
    }
    if (end < tokens.size() && PERCENT.contains(tokens.get(end).text())
        || end + 1 < tokens.size() && tokens.get(end).is("pour") && tokens.get(end + 1).is("cent")) {
      return end + 1;
    }
    boolean suffix = !prefix && end < tokens.size()
        && Vocabulary.CURRENCY_AFTER.contains(tokens.get(end).text());
    if (suffix) {
      end++;
    }
    boolean money = prefix || suffix || (thousand && !inWords)
        || BareSums.isMoney(tokens, taken, start, end, inWords, value);
    if (money) {
      BigDecimal plain = value.stripTrailingZeros();
      out.add(plain.scale() < 0 ? plain.setScale(0) : plain);
    }
    return end;
  }

  /** "1 200" or "10 000,50": a spaced group of exactly three digits after a short leading number. */
  private static boolean isThousandsGroup(List<Token> tokens, int start, int at) {
    Token first = tokens.get(start);
    Token group = tokens.get(at);
    if (!group.isNumber() || !group.spaced() || first.text().length() > 3 || !isDigits(first.text())) {
      return false;
    }
    for (int k = start + 1; k < at; k++) {
      if (!isDigits(tokens.get(k).text())) {
        return false;
      }
    }
    String g = group.text();
    int sep = Math.max(g.indexOf(','), g.indexOf('.'));
    String integer = sep < 0 ? g : g.substring(0, sep);
    return integer.length() == 3 && isDigits(integer) && (sep < 0 || g.length() - sep - 1 <= 2);
  }

  static boolean isDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /**
   * "1.200,50" and "1,250.00" (the last separator is the decimal one when both appear), "4,800"
   * and "1.200" (one separator before exactly three digits: thousands), "1,5" and "12.50" (decimal).
   */
  static BigDecimal parseNumber(String text) {
    int lastDot = text.lastIndexOf('.');
    int lastComma = text.lastIndexOf(',');
    String normalized;
    if (lastDot >= 0 && lastComma >= 0) {
      char decimal = lastDot > lastComma ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      normalized = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
    } else if (lastDot >= 0 || lastComma >= 0) {
      char sep = lastDot >= 0 ? '.' : ',';
      int last = Math.max(lastDot, lastComma);
      boolean several = text.indexOf(sep) != last;
      boolean thousands = several || (text.length() - last - 1 == 3 && !text.startsWith("0" + sep));
      normalized = thousands ? text.replace(String.valueOf(sep), "") : text.replace(sep, '.');
    } else {
      normalized = text;
    }
    try {
      return new BigDecimal(normalized);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
