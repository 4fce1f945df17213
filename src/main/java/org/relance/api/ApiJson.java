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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import java.util.stream.Collectors;

/**
 * The JSON of the API: ISO dates and instants, amounts as plain numbers, enums in lower snake case
 * ({@code pre_due}), unknown request fields refused (a typo is named, not ignored).
 */
public final class ApiJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
      .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
      .build();

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
    try {
      return MAPPER.readValue(body, type);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidInput(path(e), "unknown field");
    } catch (JsonMappingException e) {
      String field = path(e);
      Throwable cause = e.getCause();
      String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : "has the wrong type or format";
      if (field == null || field.isEmpty()) {
        throw new InvalidInput(null, "malformed JSON: " + e.getOriginalMessage());
      }
      throw new InvalidInput(field, reason);
    } catch (JsonProcessingException e) {
      throw new InvalidInput(null, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }
}
