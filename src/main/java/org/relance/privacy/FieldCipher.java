package org.relance.privacy;

import org.relance.debtorcase.PersonalFields;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * One personal field sealed with AES-GCM (JDK javax.crypto): {@code pdata:v1:} then, in base64, a
 * random 12-byte nonce and the ciphertext with its 128-bit tag; the case id is the associated data,
 * so a field copied to another case does not open. A text without the prefix was written in clear
 * (before sealing existed) and reads as it is. Without the key a sealed field reads as
 * {@link PersonalFields#ERASED}.
 */
final class FieldCipher {

  static final String PREFIX = "pdata:v1:";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private FieldCipher() {}

  /**
   * The field sealed with the case's key (as it is when already sealed with it); with no key (erased)
   * it is written as erased, never in clear.
   */
  static String seal(String text, Optional<SecretKey> key, String caseId) {
    if (text.equals(PersonalFields.ERASED)) {
      return text;
    }
    if (key.isEmpty()) {
      return PersonalFields.ERASED;
    }
    if (opened(text, key.get(), caseId).isPresent()) {
      return text;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key.get(), nonce, caseId);
      byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot seal a personal field: " + e.getMessage(), e);
    }
  }

  /**
   * The field in clear: opened with the case's key; as it is when written in clear (a clear text that
   * merely starts like a sealed one does not open and is also read as it is); erased without the key.
   */
  static String open(String text, Optional<SecretKey> key, String caseId) {
    if (!text.startsWith(PREFIX)) {
      return text;
    }
    return key.isEmpty() ? PersonalFields.ERASED : opened(text, key.get(), caseId).orElse(text);
  }

  private static Optional<String> opened(String text, SecretKey key, String caseId) {
    if (!text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    try {
      byte[] all = Base64.getDecoder().decode(text.substring(PREFIX.length()));
      if (all.length <= NONCE_BYTES) {
        return Optional.empty();
      }
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(all, NONCE_BYTES), caseId);
      return Optional.of(new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String caseId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
