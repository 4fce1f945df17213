package org.relance.email;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unguessable tokens naming a case, signed with {@code relance.email.secret} (HMAC-SHA256): the
 * case's id without dashes followed by 20 hex digits of the signature, all lower case (a mail system
 * may lower the case of an address). One purpose per token, so a reply address opens no unsubscribe
 * link: {@link Purpose#REPLY} makes the plus-address {@code relance+<token>@example.fr},
 * {@link Purpose#UNSUBSCRIBE} the one-click link.
 */
public final class EmailTokens {

  /** What a token is good for. */
  public enum Purpose { REPLY, UNSUBSCRIBE }

  private static final int SIGNATURE_HEX = 20;
  private static final Pattern TOKEN = Pattern.compile("([0-9a-f]{32})([0-9a-f]{" + SIGNATURE_HEX + "})");

  private final byte[] secret;

  public EmailTokens(byte[] secret) {
    this.secret = secret.clone();
  }

  /** The token of {@code caseId} (a UUID) for {@code purpose}. */
  public String token(Purpose purpose, String caseId) {
    String compact = caseId.replace("-", "").toLowerCase(Locale.ROOT);
    return compact + signature(purpose, compact);
  }

  /** The case a token names, if it is one of ours for {@code purpose}. */
  public Optional<String> caseOf(Purpose purpose, String token) {
    var matcher = TOKEN.matcher(token == null ? "" : token.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String compact = matcher.group(1);
    boolean signed = MessageDigest.isEqual(signature(purpose, compact).getBytes(StandardCharsets.US_ASCII),
        matcher.group(2).getBytes(StandardCharsets.US_ASCII));
    return signed ? Optional.of(compact.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"))
        : Optional.empty();
  }

  /** A keyed hash of an e-mail address (lower case, trimmed): how bounced addresses are kept without naming them. */
  public String addressHash(String address) {
    return HexFormat.of().formatHex(mac("address\n" + address.trim().toLowerCase(Locale.ROOT)));
  }

  private String signature(Purpose purpose, String compactCaseId) {
    return HexFormat.of().formatHex(mac(purpose.name() + "\n" + compactCaseId)).substring(0, SIGNATURE_HEX);
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
    }
  }
}
