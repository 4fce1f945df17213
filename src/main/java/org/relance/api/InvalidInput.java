package org.relance.api;

/** A request the API refuses with 400, naming the field at fault. */
public final class InvalidInput extends RuntimeException {

  private final String field;

  public InvalidInput(String field, String message) {
    super(field == null ? message : field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** Fails with the field's name unless {@code condition} holds. */
  static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidInput(field, message);
    }
  }

  /** Fails with the field's name and the reason an {@link org.relance.limits.InputLimits} check gave, if any. */
  public static void within(java.util.Optional<String> problem, String field) {
    problem.ifPresent(reason -> {
      throw new InvalidInput(field, reason);
    });
  }

  /** The value, or a failure naming the missing field. */
  static <T> T required(T value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new InvalidInput(field, "is required");
    }
    return value;
  }
}
