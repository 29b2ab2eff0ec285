package dev.tandem.mpc.internal.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class ByteCodecTest {

  @Test
  void everyFieldRoundTrips() throws Exception {
    ECPoint point = Secp256k1.multiplyBase(BigInteger.valueOf(12345));
    BigInteger scalar = Secp256k1.order().subtract(BigInteger.ONE);
    BigInteger big = BigInteger.TWO.pow(2047).add(BigInteger.valueOf(99));
    byte[] bytes =
        new ByteWriter()
            .writeByte(0xff)
            .writeBit(true)
            .writeInt(-7)
            .writeLong(Long.MIN_VALUE)
            .writeLong(-2)
            .writeLong(1_772_366_400_123L)
            .writeBytes(new byte[] {1, 2, 3})
            .writeFixed(new byte[] {9, 9})
            .writeUtf8("tandem/client")
            .writeUnsigned(BigInteger.ZERO)
            .writeUnsigned(big)
            .writeSigned(big.negate())
            .writeSigned(BigInteger.ZERO)
            .writePoint(point)
            .writeScalar(scalar)
            .writeScalar(BigInteger.ONE)
            .toByteArray();
    ByteReader reader = new ByteReader(bytes);
    assertEquals(0xff, reader.readByte());
    assertTrue(reader.readBit());
    assertEquals(-7, reader.readInt());
    assertEquals(Long.MIN_VALUE, reader.readLong());
    assertEquals(-2, reader.readLong());
    assertEquals(1_772_366_400_123L, reader.readLong());
    assertArrayEquals(new byte[] {1, 2, 3}, reader.readBytes(3));
    assertArrayEquals(new byte[] {9, 9}, reader.readFixed(2));
    assertEquals("tandem/client", reader.readUtf8(64));
    assertEquals(BigInteger.ZERO, reader.readUnsigned(8));
    assertEquals(big, reader.readUnsigned(2048));
    assertEquals(big.negate(), reader.readSigned(2048));
    assertEquals(BigInteger.ZERO, reader.readSigned(8));
    assertEquals(point, reader.readPoint());
    assertEquals(scalar, reader.readScalar());
    assertEquals(BigInteger.ONE, reader.readNonZeroScalar());
    reader.finish();
  }

  @Test
  void trailingBytes_areRejected() throws Exception {
    byte[] bytes = new ByteWriter().writeUnsigned(BigInteger.TEN).writeByte(0).toByteArray();
    ByteReader reader = new ByteReader(bytes);
    reader.readUnsigned(8);
    assertThrows(MalformedMessageException.class, reader::finish);
  }

  @Test
  void truncatedInput_isRejected() {
    byte[] bytes = new ByteWriter().writeUnsigned(BigInteger.TWO.pow(100)).toByteArray();
    for (int length = 0; length < bytes.length; length++) {
      ByteReader reader = new ByteReader(Arrays.copyOf(bytes, length));
      assertThrows(MalformedMessageException.class, () -> reader.readUnsigned(128));
    }
    assertThrows(
        MalformedMessageException.class, () -> new ByteReader(new byte[32]).readPoint());
    assertThrows(MalformedMessageException.class, () -> new ByteReader(new byte[7]).readLong());
    assertThrows(
        MalformedMessageException.class, () -> new ByteReader(new byte[31]).readScalar());
  }

  @Test
  void nonMinimalInteger_isRejected() {
    byte[] withLeadingZero = {0, 0, 0, 2, 0, 5};
    assertThrows(
        MalformedMessageException.class, () -> new ByteReader(withLeadingZero).readUnsigned(64));
    byte[] zeroAsOneByte = {0, 0, 0, 1, 0};
    assertThrows(
        MalformedMessageException.class, () -> new ByteReader(zeroAsOneByte).readUnsigned(64));
  }

  @Test
  void negativeZeroAndBadSignByte_areRejected() {
    byte[] negativeZero = {1, 0, 0, 0, 0};
    assertThrows(
        MalformedMessageException.class, () -> new ByteReader(negativeZero).readSigned(64));
    byte[] badSign = {2, 0, 0, 0, 1, 1};
    assertThrows(MalformedMessageException.class, () -> new ByteReader(badSign).readSigned(64));
  }

  @Test
  void oversizedInteger_isRejectedBeforeAllocation() {
    byte[] huge = {0, 0x7f, (byte) 0xff, (byte) 0xff};
    assertThrows(MalformedMessageException.class, () -> new ByteReader(huge).readUnsigned(4096));
    byte[] negativeLength = {(byte) 0x80, 0, 0, 0};
    assertThrows(
        MalformedMessageException.class, () -> new ByteReader(negativeLength).readBytes(10));
    byte[] ninebits = new ByteWriter().writeUnsigned(BigInteger.valueOf(256)).toByteArray();
    assertThrows(MalformedMessageException.class, () -> new ByteReader(ninebits).readUnsigned(8));
    byte[] longString = new ByteWriter().writeBytes(new byte[65]).toByteArray();
    assertThrows(MalformedMessageException.class, () -> new ByteReader(longString).readBytes(64));
  }

  @Test
  void invalidBitAndUtf8_areRejected() {
    assertThrows(MalformedMessageException.class, () -> new ByteReader(new byte[] {2}).readBit());
    byte[] badUtf8 = new ByteWriter().writeBytes(new byte[] {(byte) 0xc3}).toByteArray();
    assertThrows(MalformedMessageException.class, () -> new ByteReader(badUtf8).readUtf8(8));
  }

  @Test
  void offCurveAndNonCanonicalPoints_areRejected() {
    byte[] valid = Secp256k1.encodePoint(Secp256k1.multiplyBase(BigInteger.valueOf(7)));
    // x = 5 has no point on secp256k1 (5^3 + 7 = 132 is not a square mod p)
    byte[] offCurve = new byte[33];
    offCurve[0] = 2;
    offCurve[32] = 5;
    assertThrows(MalformedMessageException.class, () -> new ByteReader(offCurve).readPoint());
    byte[] uncompressedPrefix = valid.clone();
    uncompressedPrefix[0] = 4;
    assertThrows(
        MalformedMessageException.class, () -> new ByteReader(uncompressedPrefix).readPoint());
    byte[] infinity = new byte[33];
    assertThrows(MalformedMessageException.class, () -> new ByteReader(infinity).readPoint());
    // x = field prime + small: must not be reduced silently
    byte[] xAbovePrime = new byte[33];
    xAbovePrime[0] = 2;
    byte[] prime = Secp256k1.curve().getField().getCharacteristic().add(BigInteger.ONE)
        .toByteArray();
    System.arraycopy(prime, prime.length - 32, xAbovePrime, 1, 32);
    assertThrows(MalformedMessageException.class, () -> new ByteReader(xAbovePrime).readPoint());
  }

  @Test
  void scalarsAtOrAboveOrder_areRejected() {
    byte[] order = new ByteWriter().writeFixed(fixed32(Secp256k1.order())).toByteArray();
    assertThrows(MalformedMessageException.class, () -> new ByteReader(order).readScalar());
    byte[] zero = new byte[32];
    assertThrows(MalformedMessageException.class, () -> new ByteReader(zero).readNonZeroScalar());
    assertThrows(
        IllegalArgumentException.class, () -> new ByteWriter().writeScalar(Secp256k1.order()));
  }

  @Test
  void writerRefusesWhatItCannotEncode() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ByteWriter().writeUnsigned(BigInteger.ONE.negate()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ByteWriter().writePoint(Secp256k1.curve().getInfinity()));
    assertThrows(IllegalArgumentException.class, () -> new ByteWriter().writeByte(256));
  }

  @Test
  void readerWorksOnACopy() throws Exception {
    byte[] bytes = new ByteWriter().writeByte(1).toByteArray();
    ByteReader reader = new ByteReader(bytes);
    bytes[0] = 2;
    assertEquals(1, reader.readByte());
    assertFalse(reader.remaining() > 0);
  }

  private static byte[] fixed32(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }
}
