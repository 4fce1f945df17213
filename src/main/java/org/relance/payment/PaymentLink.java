package org.relance.payment;

import org.relance.limits.InputLimits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business's payment link template ({@code paymentUrl} of its profile), e.g.
 * {@code https://pay.example/?amount={amount}&ref={reference}}: checked where the profile is set
 * (an https address with a host, at most {@link InputLimits#LINE} characters, no placeholder but
 * {@code {amount}} (as {@code 1234.50}), {@code {currency}} and {@code {reference}}), and filled
 * with a case's values, each URL-encoded. Pure.
 */
public final class PaymentLink {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final java.util.Set<String> NAMES = java.util.Set.of("amount", "currency", "reference");

  private PaymentLink() {}

  /** Why {@code template} cannot be a payment link (plain English, for the API's error), or nothing when it can. */
  public static Optional<String> problem(String template) {
    Optional<String> tooLong = InputLimits.text(template, InputLimits.LINE);
    if (tooLong.isPresent() || template == null) {
      return tooLong;
    }
    Matcher placeholders = PLACEHOLDER.matcher(template);
    while (placeholders.find()) {
      if (!NAMES.contains(placeholders.group(1))) {
        return Optional.of("may use only {amount}, {currency} and {reference}, not {" + placeholders.group(1) + "}");
      }
    }
    try {
      URI uri = new URI(filled(template, BigDecimal.ONE, "EUR", "F-1"));
      if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
        return Optional.of("must be an https:// address with a host, like https://pay.example/?amount={amount}&ref={reference}");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("is not a web address (" + e.getReason() + ")");
    }
  }

  /** {@code template} with its placeholders replaced by these values, each URL-encoded. */
  public static String filled(String template, BigDecimal amount, String currency, String reference) {
    Map<String, String> values = Map.of("amount", amount.setScale(2, RoundingMode.HALF_UP).toPlainString(),
        "currency", currency == null ? "" : currency, "reference", reference == null ? "" : reference);
    Matcher placeholders = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholders.find()) {
      String value = values.get(placeholders.group(1));
      placeholders.appendReplacement(out, Matcher.quoteReplacement(value == null ? placeholders.group()
          : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    placeholders.appendTail(out);
    return out.toString();
  }
}
