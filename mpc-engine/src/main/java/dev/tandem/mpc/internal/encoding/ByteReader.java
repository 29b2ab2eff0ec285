package dev.tandem.mpc.internal.encoding;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Reads the canonical encoding described in {@link dev.tandem.mpc.internal.encoding} and rejects
 * everything else with {@link MalformedMessageException}: truncated input, lengths above the
 * caller's bound (checked before anything is allocated), non-minimal integers, negative zero,
 * invalid points and scalars, and, through {@link #finish()}, trailing bytes.
 *
 * <p>Not thread-safe; one reader per message.
 */
public final class ByteReader {

  private final byte[] data;
  private int position;

  /** Reads from a private copy of {@code data}. */
  public ByteReader(byte[] data) {
    this.data = Objects.requireNonNull(data, "data").clone();
  }

  /** Number of bytes not read yet. */
  public int remaining() {
    return data.length - position;
  }

  /** Fails if any byte is left unread. Call it once the last field has been read. */
  public void finish() throws MalformedMessageException {
    if (remaining() != 0) {
      throw new MalformedMessageException("trailing bytes: " + remaining());
    }
  }

  /** Reads one unsigned byte. */
  public int readByte() throws MalformedMessageException {
    require(1, "byte");
    return data[position++] & 0xff;
  }

  /** Reads a byte that must be {@code 0} or {@code 1}. */
  public boolean readBit() throws MalformedMessageException {
    int value = readByte();
    if (value > 1) {
      throw new MalformedMessageException("bit is neither 0 nor 1");
    }
    return value == 1;
  }

  /** Reads a 4-byte big-endian integer. */
  public int readInt() throws MalformedMessageException {
    require(4, "int");
    int value =
        ((data[position] & 0xff) << 24)
            | ((data[position + 1] & 0xff) << 16)
            | ((data[position + 2] & 0xff) << 8)
            | (data[position + 3] & 0xff);
    position += 4;
    return value;
  }

  /** Reads an 8-byte big-endian signed integer. */
  public long readLong() throws MalformedMessageException {
    require(8, "long");
    long high = readInt();
    return (high << 32) | (readInt() & 0xffffffffL);
  }

  /** Reads exactly {@code length} bytes without a length prefix. */
  public byte[] readFixed(int length) throws MalformedMessageException {
    if (length < 0) {
      throw new IllegalArgumentException("negative length");
    }
    require(length, "fixed field");
    byte[] value = Arrays.copyOfRange(data, position, position + length);
    position += length;
    return value;
  }

  /** Reads a length-prefixed byte string of at most {@code maxLength} bytes. */
  public byte[] readBytes(int maxLength) throws MalformedMessageException {
    return readFixed(readLength(maxLength, "byte string"));
  }

  /** Reads a length-prefixed, strictly decoded UTF-8 string of at most {@code maxBytes} bytes. */
  public String readUtf8(int maxBytes) throws MalformedMessageException {
    byte[] bytes = readBytes(maxBytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedMessageException("string is not valid UTF-8", e);
    }
  }

  /**
   * Reads a non-negative integer of at most {@code maxBits} bits, encoded as a length-prefixed
   * minimal big-endian magnitude.
   */
  public BigInteger readUnsigned(int maxBits) throws MalformedMessageException {
    if (maxBits <= 0) {
      throw new IllegalArgumentException("maxBits must be positive");
    }
    int length = readLength((maxBits + 7) / 8, "integer");
    if (length == 0) {
      return BigInteger.ZERO;
    }
    require(length, "integer");
    if (data[position] == 0) {
      throw new MalformedMessageException("integer has a leading zero byte");
    }
    BigInteger value = new BigInteger(1, data, position, length);
    position += length;
    if (value.bitLength() > maxBits) {
      throw new MalformedMessageException(
          "integer has " + value.bitLength() + " bits, at most " + maxBits + " allowed");
    }
    return value;
  }

  /** Reads a signed integer whose magnitude has at most {@code maxBits} bits. */
  public BigInteger readSigned(int maxBits) throws MalformedMessageException {
    int sign = readByte();
    if (sign > 1) {
      throw new MalformedMessageException("invalid sign byte");
    }
    BigInteger magnitude = readUnsigned(maxBits);
    if (sign == 1) {
      if (magnitude.signum() == 0) {
        throw new MalformedMessageException("negative zero");
      }
      return magnitude.negate();
    }
    return magnitude;
  }

  /** Reads a 33-byte compressed secp256k1 point, fully validated (never infinity). */
  public ECPoint readPoint() throws MalformedMessageException {
    byte[] encoded = readFixed(Secp256k1.POINT_LENGTH);
    try {
      return Secp256k1.decodePoint(encoded);
    } catch (GeneralSecurityException e) {
      throw new MalformedMessageException("invalid point: " + e.getMessage(), e);
    }
  }

  /** Reads a 32-byte scalar {@code 0 <= s < q}. */
  public BigInteger readScalar() throws MalformedMessageException {
    byte[] encoded = readFixed(Secp256k1.SCALAR_LENGTH);
    try {
      return Secp256k1.decodeScalar(encoded);
    } catch (GeneralSecurityException e) {
      throw new MalformedMessageException("invalid scalar: " + e.getMessage(), e);
    } finally {
      Arrays.fill(encoded, (byte) 0);
    }
  }

  /** Reads a 32-byte scalar {@code 0 < s < q}. */
  public BigInteger readNonZeroScalar() throws MalformedMessageException {
    BigInteger value = readScalar();
    if (value.signum() == 0) {
      throw new MalformedMessageException("scalar is zero");
    }
    return value;
  }

  private int readLength(int maxLength, String what) throws MalformedMessageException {
    int length = readInt();
    if (length < 0 || length > maxLength) {
      throw new MalformedMessageException(
          what + " length " + Integer.toUnsignedString(length) + " exceeds " + maxLength);
    }
    if (length > remaining()) {
      throw new MalformedMessageException(
          "truncated " + what + ": " + length + " bytes announced, " + remaining() + " left");
    }
    return length;
  }

  private void require(int length, String what) throws MalformedMessageException {
    if (length > remaining()) {
      throw new MalformedMessageException(
          "truncated " + what + ": " + length + " bytes needed, " + remaining() + " left");
    }
  }
}
