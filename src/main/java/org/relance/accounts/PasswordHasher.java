package org.relance.accounts;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Hashes passwords with Argon2id (Bouncy Castle) at the OWASP minimum (19 MiB, 2 passes, 1 lane)
 * and a random 16-byte salt, written as a PHC string ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash})
 * so the parameters can be raised later without breaking the stored hashes.
 */
public final class PasswordHasher {

  private static final int MEMORY_KB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int HASH_LENGTH = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  public String hash(String password) {
    byte[] salt = Secrets.randomBytes(16);
    byte[] hash = derive(password, salt, MEMORY_KB, ITERATIONS, PARALLELISM, HASH_LENGTH);
    return "$argon2id$v=19$m=" + MEMORY_KB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
        + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
  }

  /**
   * The hash of a random secret that no password matches, checked when an email is unknown so that a
   * wrong email costs as long as a wrong password. Made once per JVM (an Argon2 hash costs about
   * 100 ms of CPU, and each start of the service made three).
   */
  public String decoy() {
    return Decoy.HASH;
  }

  private static final class Decoy {
    static final String HASH = new PasswordHasher().hash(Secrets.random());
  }

  /** True when {@code password} matches {@code stored}; false for any malformed hash. */
  public boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 6 || !parts[1].equals("argon2id")) {
      return false;
    }
    try {
      int memory = 0;
      int iterations = 0;
      int lanes = 0;
      for (String setting : parts[3].split(",")) {
        int value = Integer.parseInt(setting.substring(2));
        switch (setting.charAt(0)) {
          case 'm' -> memory = value;
          case 't' -> iterations = value;
          case 'p' -> lanes = value;
          default -> {
            return false;
          }
        }
      }
      byte[] expected = B64D.decode(parts[5]);
      byte[] actual = derive(password, B64D.decode(parts[4]), memory, iterations, lanes, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      return false;
    }
  }

  private static byte[] derive(String password, byte[] salt, int memoryKb, int iterations, int lanes, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withSalt(salt).withMemoryAsKB(memoryKb).withIterations(iterations).withParallelism(lanes).build());
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
