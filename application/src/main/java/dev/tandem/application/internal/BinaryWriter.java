package dev.tandem.application.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a big-endian binary record, the counterpart of {@link BinaryReader}: what one writes, the
 * other reads back. A value that does not fit its length field is refused with {@link
 * IllegalArgumentException} ({@code "<what> of <n> bytes is too long"}) rather than written
 * truncated. Not thread-safe; one writer per record.
 */
public final class BinaryWriter {
  /** The longest string a 2-byte length prefix can announce. */
  public static final int MAX_SHORT_PREFIXED_BYTES = 0xffff;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** The low 8 bits of {@code value}. */
  public BinaryWriter writeByte(int value) {
    out.write(value);
    return this;
  }

  /** The low 16 bits of {@code value}, big-endian. */
  public BinaryWriter writeShort(int value) {
    out.write(value >>> 8);
    out.write(value);
    return this;
  }

  public BinaryWriter writeInt(int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
    return this;
  }

  public BinaryWriter writeBytes(byte[] bytes) {
    out.write(bytes, 0, bytes.length);
    return this;
  }

  /**
   * A 2-byte length, then {@code value} as UTF-8.
   *
   * @throws IllegalArgumentException {@code "string of <n> bytes is too long"} if its UTF-8 is
   *     longer than {@value #MAX_SHORT_PREFIXED_BYTES} bytes
   */
  public BinaryWriter writeShortPrefixedUtf8(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > MAX_SHORT_PREFIXED_BYTES) {
      throw new IllegalArgumentException("string of " + utf8.length + " bytes is too long");
    }
    return writeShort(utf8.length).writeBytes(utf8);
  }

  /**
   * A 4-byte length, then {@code bytes}.
   *
   * @param what what the bytes are, for the message of a refusal
   * @throws IllegalArgumentException {@code "<what> of <n> bytes is too long"} if there are more
   *     than {@code maxLength}
   */
  public BinaryWriter writeIntPrefixedBytes(byte[] bytes, int maxLength, String what) {
    if (bytes.length > maxLength) {
      throw new IllegalArgumentException(what + " of " + bytes.length + " bytes is too long");
    }
    return writeInt(bytes.length).writeBytes(bytes);
  }

  /** Everything written so far, in a fresh array. */
  public byte[] toByteArray() {
    return out.toByteArray();
  }
}
