package dev.tandem.mpc.internal.protocol;

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
 * The canonical encoding of {@link dev.tandem.mpc.internal.encoding} (4-byte length prefixes,
 * minimal big-endian magnitudes, 33-byte compressed points, 32-byte scalars below q), for share
 * material, which is secret. It differs from {@code ByteWriter}/{@code ByteReader} only in how it
 * treats memory: the writer overwrites every buffer it outgrows and every temporary magnitude, and
 * the reader reads the caller's array in place instead of copying it, so that the caller can wipe
 * the one array in a {@code finally} block. {@link BigInteger} values cannot be wiped; they become
 * unreachable with the share that holds them.
 */
final class SecretCodec {

  private SecretCodec() {}

  /** Thrown for material that does not follow the encoding; names the field, never a value. */
  static final class MalformedShareException extends GeneralSecurityException {
    private static final long serialVersionUID = 1L;

    MalformedShareException(String message) {
      super(message);
    }
  }

  /** A growable buffer that wipes what it discards. */
  static final class Writer {
    private byte[] buffer = new byte[1024];
    private int size;

    Writer writeByte(int value) {
      ensure(1);
      buffer[size++] = (byte) value;
      return this;
    }

    Writer writeInt(int value) {
      ensure(4);
      buffer[size++] = (byte) (value >>> 24);
      buffer[size++] = (byte) (value >>> 16);
      buffer[size++] = (byte) (value >>> 8);
      buffer[size++] = (byte) value;
      return this;
    }

    Writer writeFixed(byte[] bytes) {
      ensure(bytes.length);
      System.arraycopy(bytes, 0, buffer, size, bytes.length);
      size += bytes.length;
      return this;
    }

    Writer writeUtf8(String value) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      writeInt(bytes.length);
      return writeFixed(bytes);
    }

    /** A non-negative integer: length prefix and minimal magnitude (zero is empty). */
    Writer writeUnsigned(BigInteger value) {
      if (value.signum() < 0) {
        throw new IllegalArgumentException("unsigned integer is negative");
      }
      if (value.signum() == 0) {
        return writeInt(0);
      }
      byte[] raw = value.toByteArray();
      try {
        int offset = raw[0] == 0 ? 1 : 0;
        writeInt(raw.length - offset);
        ensure(raw.length - offset);
        System.arraycopy(raw, offset, buffer, size, raw.length - offset);
        size += raw.length - offset;
        return this;
      } finally {
        Arrays.fill(raw, (byte) 0);
      }
    }

    Writer writeScalar(BigInteger value) {
      byte[] encoded = Secp256k1.encodeScalar(value);
      try {
        return writeFixed(encoded);
      } finally {
        Arrays.fill(encoded, (byte) 0);
      }
    }

    Writer writePoint(ECPoint point) {
      return writeFixed(Secp256k1.encodePoint(point));
    }

    /** The encoding, in an array the caller owns; the internal buffer is wiped. */
    byte[] finishAndWipe() {
      byte[] out = Arrays.copyOf(buffer, size);
      Arrays.fill(buffer, (byte) 0);
      size = 0;
      return out;
    }

    private void ensure(int more) {
      if (size + more <= buffer.length) {
        return;
      }
      byte[] grown = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
      Arrays.fill(buffer, (byte) 0);
      buffer = grown;
    }
  }

  /** Reads the caller's array in place; never copies it whole. */
  static final class Reader {
    private final byte[] data;
    private int position;

    Reader(byte[] data) {
      this.data = Objects.requireNonNull(data, "data");
    }

    int readByte() throws MalformedShareException {
      require(1, "byte");
      return data[position++] & 0xff;
    }

    int readInt() throws MalformedShareException {
      require(4, "int");
      int value =
          ((data[position] & 0xff) << 24)
              | ((data[position + 1] & 0xff) << 16)
              | ((data[position + 2] & 0xff) << 8)
              | (data[position + 3] & 0xff);
      position += 4;
      return value;
    }

    String readUtf8(int maxBytes, String what) throws MalformedShareException {
      int length = readLength(maxBytes, what);
      try {
        String value =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(data, position, length))
                .toString();
        position += length;
        return value;
      } catch (CharacterCodingException e) {
        throw new MalformedShareException(what + " is not valid UTF-8");
      }
    }

    BigInteger readUnsigned(int maxBits, String what) throws MalformedShareException {
      int length = readLength((maxBits + 7) / 8, what);
      if (length == 0) {
        return BigInteger.ZERO;
      }
      if (data[position] == 0) {
        throw new MalformedShareException(what + " has a leading zero byte");
      }
      BigInteger value = new BigInteger(1, data, position, length);
      position += length;
      if (value.bitLength() > maxBits) {
        throw new MalformedShareException(what + " is longer than " + maxBits + " bits");
      }
      return value;
    }

    BigInteger readNonZeroScalar(String what) throws MalformedShareException {
      require(Secp256k1.SCALAR_LENGTH, what);
      BigInteger value = new BigInteger(1, data, position, Secp256k1.SCALAR_LENGTH);
      position += Secp256k1.SCALAR_LENGTH;
      if (value.signum() == 0 || value.compareTo(Secp256k1.order()) >= 0) {
        throw new MalformedShareException(what + " is not in [1, q)");
      }
      return value;
    }

    ECPoint readPoint(String what) throws MalformedShareException {
      require(Secp256k1.POINT_LENGTH, what);
      byte[] encoded = Arrays.copyOfRange(data, position, position + Secp256k1.POINT_LENGTH);
      position += Secp256k1.POINT_LENGTH;
      try {
        return Secp256k1.decodePoint(encoded);
      } catch (GeneralSecurityException e) {
        throw new MalformedShareException(what + " is not a valid point");
      }
    }

    void finish() throws MalformedShareException {
      if (position != data.length) {
        throw new MalformedShareException("trailing bytes: " + (data.length - position));
      }
    }

    private int readLength(int maxLength, String what) throws MalformedShareException {
      int length = readInt();
      if (length < 0 || length > maxLength) {
        throw new MalformedShareException(what + " is longer than " + maxLength + " bytes");
      }
      require(length, what);
      return length;
    }

    private void require(int length, String what) throws MalformedShareException {
      if (length > data.length - position) {
        throw new MalformedShareException("truncated " + what);
      }
    }
  }
}
