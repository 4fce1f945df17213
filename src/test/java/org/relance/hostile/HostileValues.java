package org.relance.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile JSON values for any field: numbers no parser should trust (written as raw tokens, so
 * {@code 1e5000000}, {@code -0}, {@code NaN} or 1,001 digits reach the service exactly as typed),
 * dates at the edges of what a date type holds, hostile strings, {@code null}, values of the wrong
 * type, deep nesting and huge lists. Seeded: the same seed gives the same values.
 */
public final class HostileValues {

  /** The families of hostile values. */
  public enum Kind { NUMBER, DATE, STRING, NULL, WRONG_TYPE, DEEP, HUGE_LIST }

  /** Raw number tokens, valid JSON or not. */
  private static final List<String> NUMBER_TOKENS = List.of("1e5000000", "-1e5000000", "1E-5000000", "-0", "-0.0",
      "NaN", "Infinity", "-Infinity", "1e17", "100000000000000000", "99999999999999999999.99", "0", "0.001", "-1",
      "-0.01", "1.999", "3660", "3661", "401", "1e2", "2147483648", "-2147483649", "9223372036854775808",
      "9".repeat(1001), "1" + "0".repeat(1000) + ".01", "0." + "0".repeat(400) + "1", "01", "+1", ".5", "1.",
      "0x10", "1_000");
  /** Nesting well past any parser's limit. */
  private static final int DEEP = 5_000;
  /** Elements in a huge list. */
  private static final int[] HUGE = {1_000, 20_000};

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final HostileStrings strings;
  private final SplittableRandom random;

  public HostileValues(HostileStrings strings) {
    this.strings = strings;
    this.random = strings.random();
  }

  /** A hostile value of any kind. */
  public JsonNode next() {
    Kind[] kinds = Kind.values();
    return of(kinds[random.nextInt(kinds.length)]);
  }

  /** A hostile value of the given kind. */
  public JsonNode of(Kind kind) {
    return switch (kind) {
      case NUMBER -> raw(strings.pick(NUMBER_TOKENS));
      case DATE -> NODES.textNode(strings.dateText());
      case STRING -> NODES.textNode(strings.nextText());
      case NULL -> NODES.nullNode();
      case WRONG_TYPE -> wrongType();
      case DEEP -> raw("[".repeat(DEEP) + "]".repeat(DEEP));
      case HUGE_LIST -> hugeList(HUGE[random.nextInt(HUGE.length)]);
    };
  }

  /** A hostile number token (possibly not valid JSON, such as {@code NaN}). */
  public JsonNode number() {
    return of(Kind.NUMBER);
  }

  /** A token written into the JSON text as it is. */
  public static JsonNode raw(String token) {
    return NODES.rawValueNode(new RawValue(token));
  }

  private JsonNode wrongType() {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.booleanNode(random.nextBoolean());
      case 1 -> NODES.objectNode();
      case 2 -> NODES.arrayNode();
      case 3 -> NODES.objectNode().set("value", NODES.textNode(strings.nextText()));
      case 4 -> NODES.arrayNode().add(NODES.textNode("2026-12-01")).add(raw("1200.50"));
      default -> NODES.numberNode(random.nextInt());
    };
  }

  private ArrayNode hugeList(int size) {
    ArrayNode list = NODES.arrayNode(size);
    ObjectNode element = NODES.objectNode().put("number", "F-1").put("amount", 1).put("currency", "EUR")
        .put("date", "2026-12-01");
    for (int i = 0; i < size; i++) {
      list.add(random.nextBoolean() ? element.deepCopy() : NODES.numberNode(i));
    }
    return list;
  }
}
