package dev.tandem.domain.secret;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Bytes that are a secret: a share's material, a key. Modelled after Tink's {@code SecretBytes}:
 *
 * <ul>
 *   <li>{@code toString} never shows the bytes, only their length;
 *   <li>no {@code equals}/{@code hashCode} over the bytes: compare with {@link
 *       #equalsInConstantTime};
 *   <li>the bytes come out only through {@link #revealCopy()}, a name easy to grep for in review;
 *   <li>{@link #destroy()} overwrites them; using a destroyed instance throws.
 * </ul>
 */
public final class SecretBytes {
  private final byte[] bytes;
  private volatile boolean destroyed;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Copies {@code bytes}; the caller should wipe its own array when done with it. */
  public static SecretBytes copyOf(byte[] bytes) {
    return new SecretBytes(Objects.requireNonNull(bytes, "bytes").clone());
  }

  /** Takes ownership of {@code bytes} without copying: the caller must not use the array again. */
  public static SecretBytes adopt(byte[] bytes) {
    return new SecretBytes(Objects.requireNonNull(bytes, "bytes"));
  }

  public int length() {
    return bytes.length;
  }

  /**
   * A copy of the secret bytes. Every call site is a place where the secret leaves its holder:
   * wipe the copy ({@code Arrays.fill(copy, (byte) 0)}) in a {@code finally} block when done.
   */
  public byte[] revealCopy() {
    checkNotDestroyed();
    return bytes.clone();
  }

  /** Compares with another secret in time that depends only on the lengths. */
  public boolean equalsInConstantTime(SecretBytes other) {
    checkNotDestroyed();
    other.checkNotDestroyed();
    return MessageDigest.isEqual(bytes, other.bytes);
  }

  /** Overwrites the bytes with zeros. Idempotent. */
  public void destroy() {
    Arrays.fill(bytes, (byte) 0);
    destroyed = true;
  }

  public boolean isDestroyed() {
    return destroyed;
  }

  private void checkNotDestroyed() {
    if (destroyed) {
      throw new IllegalStateException("secret was destroyed");
    }
  }

  @Override
  public String toString() {
    return "SecretBytes[" + bytes.length + " bytes, redacted]";
  }
}
