package org.relance.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Spoils a valid JSON body: most often one to three of its fields (anywhere in the tree) get a
 * hostile value, are removed, set to {@code null}, or wrapped in an array; sometimes the whole body
 * is replaced ({@code null}, empty, an array, a bare string or number, truncated JSON, nesting past
 * the parser's limit, a huge list, an unknown field). Written as UTF-8 or with every non-ASCII
 * character escaped (so lone surrogates reach the parser as {@code \ud800}). Seeded.
 */
public final class BodyMutator {

  /** What was done to a body, for the failure report. */
  public record Mutated(String how, String json) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectWriter ESCAPING = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
  private static final List<String> WHOLE_BODIES = List.of("null", "", " ", "[]", "{}", "\"body\"", "42", "true",
      "{", "{\"a\":", "[{}]", "{}{}", "\u0000", "\uFEFF{}", "{\"a\":1,\"a\":2}");

  /** A list longer than this was put there by a mutation: its elements are not spoilt one by one. */
  private static final int LONGEST_REAL_LIST = 100;

  private final HostileValues values;
  private final HostileStrings strings;
  private final SplittableRandom random;

  public BodyMutator(HostileValues values, HostileStrings strings) {
    this.values = values;
    this.strings = strings;
    this.random = strings.random();
  }

  /** A spoilt copy of {@code valid} (which is left as it is). */
  public Mutated mutate(ObjectNode valid) {
    int roll = random.nextInt(100);
    if (roll < 12) {
      return whole(valid);
    }
    ObjectNode body = valid.deepCopy();
    int count = roll < 75 ? 1 : 1 + random.nextInt(3);
    List<String> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      done.add(spoilOneField(body));
    }
    return new Mutated(String.join(", ", done), write(body));
  }

  /** The body with every field as given: a hostile value inside a valid shape (names, words). */
  public String write(JsonNode body) {
    try {
      return random.nextInt(4) == 0 ? ESCAPING.writeValueAsString(body) : JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a hostile body", e);
    }
  }

  private Mutated whole(ObjectNode valid) {
    switch (random.nextInt(5)) {
      case 0 -> {
        String text = write(valid);
        int cut = random.nextInt(Math.max(1, text.length()));
        return new Mutated("truncated at " + cut, text.substring(0, cut));
      }
      case 1 -> {
        JsonNode value = values.of(random.nextBoolean() ? HostileValues.Kind.DEEP : HostileValues.Kind.HUGE_LIST);
        return new Mutated("body replaced by a deep or huge value", write(value));
      }
      case 2 -> {
        ObjectNode body = valid.deepCopy();
        body.set(strings.nextText(), values.next());
        return new Mutated("unknown field added", write(body));
      }
      default -> {
        String body = strings.pick(WHOLE_BODIES);
        return new Mutated("body replaced by '" + body + "'", body);
      }
    }
  }

  /** Spoils one field somewhere in {@code body}; says which and how. */
  private String spoilOneField(ObjectNode body) {
    List<Slot> slots = new ArrayList<>();
    collect(body, "", slots);
    if (slots.isEmpty()) {
      body.set(strings.nextText(), values.next());
      return "unknown field added to an emptied body";
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    JsonNode current = slot.get();
    int how = random.nextInt(10);
    if (how == 0 && slot.parent() instanceof ObjectNode object) {
      object.remove(slot.name());
      return slot.path() + " removed";
    }
    JsonNode replacement = switch (how) {
      case 1 -> JsonNodeFactory.instance.nullNode();
      case 2 -> JsonNodeFactory.instance.arrayNode().add(current);
      case 3 -> JsonNodeFactory.instance.textNode(strings.nextText());
      case 4, 5 -> values.number();
      default -> values.next();
    };
    slot.set(replacement);
    return slot.path() + " = " + describe(replacement);
  }

  private static String describe(JsonNode value) {
    String text = value.toString();
    return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
  }

  /** Every field and element of the tree, nested ones included, except inside lists too long to be real shapes. */
  private static void collect(ContainerNode<?> node, String path, List<Slot> slots) {
    if (node instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> {
        Slot slot = new Slot(object, name, -1, path.isEmpty() ? name : path + "." + name);
        slots.add(slot);
        if (slot.get() instanceof ContainerNode<?> child) {
          collect(child, slot.path(), slots);
        }
      });
    } else if (node instanceof ArrayNode array && array.size() <= LONGEST_REAL_LIST) {
      for (int i = 0; i < array.size(); i++) {
        Slot slot = new Slot(array, null, i, path + "[" + i + "]");
        slots.add(slot);
        if (slot.get() instanceof ContainerNode<?> child) {
          collect(child, slot.path(), slots);
        }
      }
    }
  }

  /** A place in the tree: a field of an object or an element of an array. */
  private record Slot(ContainerNode<?> parent, String name, int index, String path) {
    JsonNode get() {
      return parent instanceof ObjectNode object ? object.get(name) : ((ArrayNode) parent).get(index);
    }

    void set(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }
}
