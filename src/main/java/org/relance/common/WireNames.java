package org.relance.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How enums are written on the wire and in the journal: lower snake case ({@code PROMISE_TO_PAY}
 * is {@code "promise_to_pay"}). Parsing names the field and the accepted values on a bad input.
 */
public final class WireNames {

  private WireNames() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + " must be one of "
          + Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "))
          + ", not '" + text + "'");
    }
  }
}
