package org.relance.letters;

import org.relance.common.Language;
import org.relance.ladder.Stage;
import org.relance.letters.claim.Claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** A rendered letter: its PDF bytes, their SHA-256 (hex), and the claim it states. */
public record RenderedLetter(Stage stage, LocalDate date, Language language, byte[] pdf, String sha256, Claim claim) {

  public static RenderedLetter of(Stage stage, LocalDate date, Language language, byte[] pdf, Claim claim) {
    return new RenderedLetter(stage, date, language, pdf, sha256(pdf), claim);
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
