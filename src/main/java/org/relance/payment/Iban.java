package org.relance.payment;

import java.math.BigInteger;
import java.util.Locale;

/**
 * An IBAN (ISO 13616) as people write it and as banks read it: spaces dropped and letters upper-cased,
 * the check digits verified (mod 97 = 1), grouped by four for reading ("FR76 3000 6000 …"). Pure.
 */
public final class Iban {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Iban() {}

  /** The IBAN without spaces, upper-cased (null stays null). */
  public static String normalized(String written) {
    return written == null ? null : written.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  /** Whether {@code written} (spaces allowed) is an IBAN whose check digits are right. */
  public static boolean valid(String written) {
    String iban = normalized(written);
    if (iban == null || !iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    for (char ch : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
      digits.append(Character.getNumericValue(ch));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /** The IBAN in groups of four, the way it is printed ("FR76 3000 6000 0112 3456 7890 189"). */
  public static String grouped(String written) {
    String iban = normalized(written);
    return iban == null ? "" : iban.replaceAll("(.{4})(?=.)", "$1 ");
  }
}
