package dev.tandem.mpc.internal.encoding;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Writes the canonical encoding described in {@link dev.tandem.mpc.internal.encoding}. The writer
 * only refuses values it could not encode canonically (negative magnitudes, scalars out of range,
 * the point at infinity); it never truncates.
 */
public final class ByteWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

  /** Writes one byte, {@code 0 <= value <= 255}. */
  public ByteWriter writeByte(int value) {
    if (value < 0 || value > 0xff) {
      throw new IllegalArgumentException("byte value out of range");
    }
    out.write(value);
    return this;
  }

  /** Writes {@code 0} or {@code 1}. */
  public ByteWriter writeBit(boolean value) {
    return writeByte(value ? 1 : 0);
  }

  /** Writes a 4-byte big-endian integer. */
  public ByteWriter writeInt(int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
    return this;
  }

  /** Writes an 8-byte big-endian signed integer. */
  public ByteWriter writeLong(long value) {
    writeInt((int) (value >>> 32));
    return writeInt((int) value);
  }

  /** Writes {@code bytes} as they are, without a length prefix (fixed-size fields). */
  public ByteWriter writeFixed(byte[] bytes) {
    out.writeBytes(Objects.requireNonNull(bytes, "bytes"));
    return this;
  }

  /** Writes a 4-byte length prefix followed by {@code bytes}. */
  public ByteWriter writeBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    writeInt(bytes.length);
    out.writeBytes(bytes);
    return this;
  }

  /** Writes a length-prefixed UTF-8 string. */
  public ByteWriter writeUtf8(String value) {
    return writeBytes(Objects.requireNonNull(value, "value").getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a non-negative integer as a length-prefixed minimal big-endian magnitude. */
  public ByteWriter writeUnsigned(BigInteger value) {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("unsigned integer is negative");
    }
    return writeBytes(magnitude(value));
  }

  /** Writes a sign byte ({@code 1} if negative, else {@code 0}) and the minimal magnitude. */
  public ByteWriter writeSigned(BigInteger value) {
    Objects.requireNonNull(value, "value");
    writeByte(value.signum() < 0 ? 1 : 0);
    return writeBytes(magnitude(value.abs()));
  }

  /** Writes a secp256k1 point as 33 compressed bytes; the point at infinity is refused. */
  public ByteWriter writePoint(ECPoint point) {
    return writeFixed(Secp256k1.encodePoint(point));
  }

  /** Writes a scalar {@code 0 <= value < q} as 32 big-endian bytes. */
  public ByteWriter writeScalar(BigInteger value) {
    return writeFixed(Secp256k1.encodeScalar(value));
  }

  /** The bytes written so far (a copy). */
  public byte[] toByteArray() {
    return out.toByteArray();
  }

  /** Minimal big-endian magnitude of a non-negative integer; zero is the empty array. */
  static byte[] magnitude(BigInteger nonNegative) {
    if (nonNegative.signum() == 0) {
      return new byte[0];
    }
    byte[] twosComplement = nonNegative.toByteArray();
    if (twosComplement[0] == 0) {
      byte[] trimmed = new byte[twosComplement.length - 1];
      System.arraycopy(twosComplement, 1, trimmed, 0, trimmed.length);
      return trimmed;
    }
    return twosComplement;
  }
}
