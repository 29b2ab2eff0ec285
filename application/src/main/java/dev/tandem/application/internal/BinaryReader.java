package dev.tandem.application.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a big-endian binary record strictly, front to back. Every read checks that the bytes are
 * there before it allocates anything, so a length field cannot make it allocate more than the input
 * holds; strings are decoded as UTF-8 that refuses malformed input instead of replacing it; {@link
 * #requireEnd()} refuses trailing bytes.
 *
 * <p>Every failure is a {@link BinaryFormatException} whose message names what is wrong:
 * {@code "truncated"}, {@code "<what> of <n> bytes"} for a string length out of its bounds, {@code
 * "<what> length out of range"} for a byte string's, {@code "string is not UTF-8"}, {@code "<n>
 * trailing bytes"}. Not thread-safe; one reader per parse. It reads the caller's array in place
 * and never modifies it.
 */
public final class BinaryReader {
  private final byte[] bytes;
  private int position;

  public BinaryReader(byte[] bytes) {
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  /** How many bytes have been read: the offset of the next one. */
  public int position() {
    return position;
  }

  /** How many bytes are left. */
  public int remaining() {
    return bytes.length - position;
  }

  public int readUnsignedByte() {
    require(1);
    return bytes[position++] & 0xff;
  }

  public int readUnsignedShort() {
    require(2);
    int value = ((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff);
    position += 2;
    return value;
  }

  public int readInt() {
    require(4);
    int value =
        ((bytes[position] & 0xff) << 24)
            | ((bytes[position + 1] & 0xff) << 16)
            | ((bytes[position + 2] & 0xff) << 8)
            | (bytes[position + 3] & 0xff);
    position += 4;
    return value;
  }

  /**
   * Exactly {@code length} bytes, in a fresh array.
   *
   * @throws BinaryFormatException {@code "truncated"} if fewer remain (or {@code length} is
   *     negative), before anything is allocated
   */
  public byte[] readBytes(int length) {
    require(length);
    byte[] result = Arrays.copyOfRange(bytes, position, position + length);
    position += length;
    return result;
  }

  /**
   * Exactly {@code length} bytes decoded as strict UTF-8.
   *
   * @throws BinaryFormatException {@code "truncated"} if fewer remain, {@code "string is not
   *     UTF-8"} if they are malformed
   */
  public String readUtf8(int length) {
    return decodeUtf8(readBytes(length));
  }

  /**
   * A 2-byte length, then that many bytes of strict UTF-8. The length is checked against its
   * bounds before the bytes are read.
   *
   * @param what what the string is, for the message of a length out of bounds
   * @throws BinaryFormatException {@code "<what> of <n> bytes"} if the length is outside {@code
   *     [minBytes, maxBytes]}; otherwise as {@link #readUtf8}
   */
  public String readShortPrefixedUtf8(int minBytes, int maxBytes, String what) {
    int length = readUnsignedShort();
    if (length < minBytes || length > maxBytes) {
      throw new BinaryFormatException(what + " of " + length + " bytes");
    }
    return readUtf8(length);
  }

  /**
   * A 4-byte signed length, then that many bytes. The length is checked against its bounds before
   * the bytes are read.
   *
   * @param what what the bytes are, for the message of a length out of bounds
   * @throws BinaryFormatException {@code "<what> length out of range"} if the length is negative or
   *     above {@code maxLength}; {@code "truncated"} if fewer bytes remain
   */
  public byte[] readIntPrefixedBytes(int maxLength, String what) {
    int length = readInt();
    if (length < 0 || length > maxLength) {
      throw new BinaryFormatException(what + " length out of range");
    }
    return readBytes(length);
  }

  /**
   * Checks that every byte has been read.
   *
   * @throws BinaryFormatException {@code "<n> trailing bytes"} otherwise
   */
  public void requireEnd() {
    if (remaining() != 0) {
      throw new BinaryFormatException(remaining() + " trailing bytes");
    }
  }

  private void require(int length) {
    if (length < 0 || length > remaining()) {
      throw new BinaryFormatException("truncated");
    }
  }

  private static String decodeUtf8(byte[] utf8) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(utf8))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BinaryFormatException("string is not UTF-8");
    }
  }
}
