package dev.tandem.domain.model;

import dev.tandem.domain.error.InvalidInputException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 32 random bytes a client chooses to name one run of a two-party protocol (keygen, signing or
 * refresh), sent in the clear in every message of the run. Not secret: it says which run, nothing
 * about any key. The custodian admits each one once ({@link
 * dev.tandem.domain.port.SessionRegistryPort}), so that a recorded run cannot be played again.
 *
 * <p>Not the {@link CosignerSessionId} of the channel, which names the client's conversation with
 * the custodian; a protocol run travels inside one.
 */
public final class ProtocolSessionId {
  /** Length in bytes. */
  public static final int LENGTH = 32;

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] bytes;

  private ProtocolSessionId(byte[] bytes) {
    this.bytes = bytes;
  }

  /** From exactly {@value #LENGTH} bytes (copied). */
  public static ProtocolSessionId of(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new InvalidInputException("a protocol session id is exactly " + LENGTH + " bytes");
    }
    return new ProtocolSessionId(bytes.clone());
  }

  /** From its {@value #LENGTH}-byte hex form, as {@link #toString()} writes it (either case). */
  public static ProtocolSessionId fromHex(String hex) {
    if (hex == null || hex.length() != 2 * LENGTH) {
      throw new InvalidInputException(
          "a protocol session id is exactly " + 2 * LENGTH + " hex digits");
    }
    try {
      return new ProtocolSessionId(HEX.parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("protocol session id is not hex", e);
    }
  }

  /** A copy of the bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The {@value #LENGTH} bytes as {@code 2 * LENGTH} lower-case hex digits, no prefix. */
  public String toHex() {
    return HEX.formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProtocolSessionId other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The hex form, {@link #toHex()}. */
  @Override
  public String toString() {
    return toHex();
  }
}
