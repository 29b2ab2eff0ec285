package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.ProofContext;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The 32 random bytes the client chooses to name one protocol run (PROTOCOL.md §1). Public: it
 * travels in the clear in every message and is checked on each of them.
 */
public final class SessionId {

  /** Length in bytes. */
  public static final int LENGTH = ProofContext.SESSION_ID_LENGTH;

  private final byte[] bytes;

  private SessionId(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A fresh session id. */
  public static SessionId random(SecureRandom random) {
    byte[] bytes = new byte[LENGTH];
    Objects.requireNonNull(random, "random").nextBytes(bytes);
    return new SessionId(bytes);
  }

  /** From exactly {@value #LENGTH} bytes (copied). */
  public static SessionId of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("a session id is " + LENGTH + " bytes");
    }
    return new SessionId(bytes.clone());
  }

  /** A copy of the bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionId && Arrays.equals(bytes, ((SessionId) o).bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SessionId[" + HexFormat.of().formatHex(bytes, 0, 8) + "…]";
  }
}
