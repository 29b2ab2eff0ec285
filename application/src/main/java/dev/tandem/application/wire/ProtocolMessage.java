package dev.tandem.application.wire;

import java.util.Arrays;
import java.util.Objects;

/**
 * One message of the MPC engine, opaque to the envelope. Compared by content; {@code toString}
 * shows only the size.
 */
public final class ProtocolMessage {
  private final byte[] bytes;

  private ProtocolMessage(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Copies {@code bytes}. */
  public static ProtocolMessage of(byte[] bytes) {
    return new ProtocolMessage(Objects.requireNonNull(bytes, "bytes").clone());
  }

  /** A copy of the message bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  byte[] unsafeBytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProtocolMessage other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "ProtocolMessage[" + bytes.length + " bytes]";
  }
}
