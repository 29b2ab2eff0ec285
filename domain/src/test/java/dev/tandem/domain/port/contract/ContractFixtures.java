package dev.tandem.domain.port.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.secret.SecretBytes;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.function.Executable;

/**
 * Values and assertions the storage contract suites share.
 *
 * <p>Every id is unique per call, so an adapter may run the suites against one backend (a bucket
 * kept between runs) without tests seeing each other's data.
 */
public final class ContractFixtures {
  /** The secp256k1 generator point: a valid public key that needs no key generation. */
  public static final PublicKey PUBLIC_KEY =
      PublicKey.of(
          Curve.SECP256K1,
          new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
          new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));

  /** A creation time with nanoseconds, so that an adapter truncating instants is caught. */
  public static final Instant CREATED_AT = Instant.parse("2024-02-29T23:59:59.123456789Z");

  /** The size of share material in ordinary tests. */
  public static final int MATERIAL_LENGTH = 1024;

  /** Share material as large as a 3072-bit Paillier key's encodings could plausibly make it. */
  public static final int LARGE_MATERIAL_LENGTH = 64 * 1024;

  /** The longest legal id. */
  public static final int MAX_ID_LENGTH = 128;

  /** Every character an id may hold besides letters and digits. */
  public static final String ODD_ID = "a.b~c_d:e-f";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ContractFixtures() {}

  /** {@code prefix} followed by a random UUID: letters, digits and dashes. */
  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  /** A unique id using every non-alphanumeric character an id may hold. */
  public static String oddId() {
    return ODD_ID + "." + UUID.randomUUID();
  }

  /** A unique id of exactly {@link #MAX_ID_LENGTH} characters, mixing every legal kind. */
  public static String longestId() {
    StringBuilder id = new StringBuilder(UUID.randomUUID().toString());
    String filler = "Zz9.~_:-";
    while (id.length() < MAX_ID_LENGTH) {
      id.append(filler.charAt(id.length() % filler.length()));
    }
    return id.toString();
  }

  /** {@code length} random bytes as a secret. */
  public static SecretBytes randomSecret(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return SecretBytes.adopt(bytes);
  }

  /** Asserts that two secrets hold the same bytes, compared in constant time. */
  public static void assertSameSecret(SecretBytes expected, SecretBytes actual, String what) {
    assertEquals(expected.length(), actual.length(), what + " length");
    assertTrue(expected.equalsInConstantTime(actual), what + " bytes differ");
  }

  /** Asserts that a write lost with {@link WriteConflictException} and its stable code. */
  public static void assertWriteConflict(Executable write) {
    WriteConflictException conflict = assertThrows(WriteConflictException.class, write);
    assertEquals(ErrorCode.CONCURRENT_MODIFICATION, conflict.code());
  }
}
