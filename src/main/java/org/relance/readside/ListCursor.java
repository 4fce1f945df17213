package org.relance.readside;

import org.relance.limits.InputLimits;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of the case list ended, in the list's order (oldest due date, then case id): the next
 * page starts after it. Written for a client as an opaque URL-safe text; a text that is not one (or
 * names a case id longer than any) reads as nothing.
 */
public record ListCursor(LocalDate oldestDue, String caseId) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** The cursor after {@code summary}. */
  public static ListCursor after(CaseSummaries.CaseSummary summary) {
    return new ListCursor(summary.oldestDueDate(), summary.id());
  }

  public String encoded() {
    return ENCODER.encodeToString((oldestDue + "|" + caseId).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a client sent back, if {@code text} is one. */
  public static Optional<ListCursor> decode(String text) {
    try {
      String decoded = new String(DECODER.decode(text), StandardCharsets.UTF_8);
      int bar = decoded.indexOf('|');
      if (bar < 0 || bar == decoded.length() - 1 || decoded.length() - bar - 1 > InputLimits.IDENTIFIER) {
        return Optional.empty();
      }
      return Optional.of(new ListCursor(LocalDate.parse(decoded.substring(0, bar)), decoded.substring(bar + 1)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
