package dev.tandem.domain.model;

import dev.tandem.domain.error.InvalidInputException;
import java.util.Arrays;

/**
 * The 32-byte digest a signature is made over. How it was computed (EIP-191, EIP-712, raw) is the
 * caller's business; the engine signs exactly these bytes.
 */
public final class MessageHash {
  public static final int LENGTH = 32;

  private final byte[] bytes;

  private MessageHash(byte[] bytes) {
    this.bytes = bytes;
  }

  public static MessageHash of(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new InvalidInputException("a message hash is exactly 32 bytes");
    }
    return new MessageHash(bytes.clone());
  }

  public static MessageHash fromHex(String hex) {
    try {
      return of(Bytes.fromHex(hex));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("message hash is not hex", e);
    }
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  public String toHex() {
    return Bytes.toHex0x(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageHash other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "MessageHash[" + toHex() + "]";
  }
}
