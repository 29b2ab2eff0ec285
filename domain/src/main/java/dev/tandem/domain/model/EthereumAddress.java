package dev.tandem.domain.model;

import dev.tandem.domain.ethereum.Eip55;
import dev.tandem.domain.ethereum.Keccak256;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * A 20-byte Ethereum account address: the last 20 bytes of keccak256 of the account's public key
 * (Ethereum Yellow Paper, appendix F), printed in its EIP-55 checksummed form.
 *
 * <p>An address is public, so it is an ordinary value: equal when its bytes are equal. It is a final
 * class rather than a record because its one component is an array, which a record would expose and
 * compare by reference.
 */
public final class EthereumAddress {
  /** Bytes in an address. */
  public static final int LENGTH = Eip55.ADDRESS_LENGTH;

  private static final int COORDINATE_BYTES = 32;
  private static final int UNCOMPRESSED_KEY_LENGTH = 1 + 2 * COORDINATE_BYTES;
  private static final byte UNCOMPRESSED_PREFIX = 0x04;

  private final byte[] bytes;

  private EthereumAddress(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * The address of a secp256k1 public key given in its 65-byte SEC1 uncompressed encoding {@code 04
   * ‖ X ‖ Y}: keccak256(X ‖ Y), last 20 bytes.
   *
   * @throws IllegalArgumentException if the key is not 65 bytes, does not start with 0x04, or is not
   *     a point on secp256k1 (a compressed key, a truncated key or stray bytes would otherwise yield
   *     a valid-looking address that nobody can sign for)
   */
  public static EthereumAddress fromPublicKey(byte[] uncompressedPublicKey) {
    Objects.requireNonNull(uncompressedPublicKey, "uncompressedPublicKey");
    if (uncompressedPublicKey.length != UNCOMPRESSED_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "an uncompressed public key is 65 bytes, got " + uncompressedPublicKey.length);
    }
    if (uncompressedPublicKey[0] != UNCOMPRESSED_PREFIX) {
      throw new IllegalArgumentException("an uncompressed public key starts with 0x04");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(uncompressedPublicKey, 1, 1 + COORDINATE_BYTES));
    BigInteger y = new BigInteger(
        1, Arrays.copyOfRange(uncompressedPublicKey, 1 + COORDINATE_BYTES, UNCOMPRESSED_KEY_LENGTH));
    if (!Curve.SECP256K1.isOnCurve(x, y)) {
      throw new IllegalArgumentException("public key is not a point on secp256k1");
    }
    byte[] hash = new Keccak256().update(uncompressedPublicKey, 1, 2 * COORDINATE_BYTES).digest();
    return new EthereumAddress(Arrays.copyOfRange(hash, hash.length - LENGTH, hash.length));
  }

  /**
   * The address with these 20 bytes.
   *
   * @throws IllegalArgumentException if {@code bytes} is not 20 bytes long
   */
  public static EthereumAddress fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "an Ethereum address is " + LENGTH + " bytes, got " + bytes.length);
    }
    return new EthereumAddress(bytes.clone());
  }

  /**
   * Parses {@code 0x} followed by 40 hex digits. All-lower-case and all-upper-case addresses carry
   * no checksum and are accepted; a mixed-case address must pass its EIP-55 checksum.
   *
   * @throws IllegalArgumentException naming what is wrong: the 0x prefix, the length, a character
   *     that is not a hex digit, or a failed checksum
   */
  public static EthereumAddress parse(String text) {
    return new EthereumAddress(Eip55.parseAddress(text));
  }

  /** A copy of the 20 address bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** The EIP-55 form: {@code 0x} and 40 hex digits in checksum case. */
  public String checksummed() {
    return Eip55.checksummed(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EthereumAddress other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The EIP-55 form, as {@link #checksummed()}. */
  @Override
  public String toString() {
    return checksummed();
  }
}
