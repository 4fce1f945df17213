package org.relance.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.stream.Collectors;

/**
 * The JSON of the API: ISO dates and instants, amounts as plain numbers, enums in lower snake case
 * ({@code pre_due}), unknown request fields refused (a typo is named, not ignored), numbers of at most
 * 64 characters, and a body that is not a JSON object refused without naming any class.
 */
public final class ApiJson {

  /** Characters of one number in a request: more than any amount, count or rate the API takes. */
  private static final int MAX_NUMBER_LENGTH = 64;

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNumberLength(MAX_NUMBER_LENGTH).maxNestingDepth(32).maxStringLength(1_000_000).build())
          .build())
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
      .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
      .build();

  private static final String OBJECT_EXPECTED = "the body must be a JSON object";
  private static final String TOO_LONG = "holds a number, a text or a nesting that is too long (numbers: at most "
      + MAX_NUMBER_LENGTH + " characters)";

  private ApiJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** An invitation as the API answers it: {@code token}, {@code link}, {@code expiresAt}. */
  public static java.util.Map<String, Object> invitation(org.relance.invitations.Invitations.Invitation invitation) {
    return java.util.Map.of("token", invitation.token(), "link", invitation.link(),
        "expiresAt", invitation.expiresAt().toString());
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Reads a request body, turning any parse error into an {@link InvalidInput} naming the field. */
  public static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw new InvalidInput(null, "a JSON body is required");
    }
    T value;
    try {
      value = MAPPER.readValue(body, type);
    } catch (StreamConstraintsException e) {
      throw new InvalidInput(null, TOO_LONG);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidInput(path(e), "unknown field");
    } catch (JsonMappingException e) {
      String field = path(e);
      Throwable cause = e.getCause();
      if (cause instanceof StreamConstraintsException) {
        throw new InvalidInput(field == null || field.isEmpty() ? null : field, TOO_LONG);
      }
      String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : "has the wrong type or format";
      if (field == null || field.isEmpty()) {
        throw new InvalidInput(null, OBJECT_EXPECTED);
      }
      throw new InvalidInput(field, reason);
    } catch (JsonProcessingException e) {
      throw new InvalidInput(null, "malformed JSON: " + e.getOriginalMessage());
    }
    if (value == null) {
      throw new InvalidInput(null, OBJECT_EXPECTED);
    }
    return value;
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }
}
