package dev.tandem.domain.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.error.InvalidInputException;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PublicKeyTest {
  /** The secp256k1 generator, a point every implementation agrees is on the curve. */
  static final BigInteger GX =
      new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16);
  static final BigInteger GY =
      new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16);

  @Test
  void generator_isOnCurve_andEncodesAsSec1() {
    PublicKey g = PublicKey.of(Curve.SECP256K1, GX, GY);
    byte[] uncompressed = g.uncompressed();
    assertEquals(65, uncompressed.length);
    assertEquals(0x04, uncompressed[0]);
    assertEquals(
        "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
        HexFormat.of().formatHex(g.compressed()));
    assertEquals(g, PublicKey.fromUncompressed(Curve.SECP256K1, uncompressed));
    assertEquals(g, PublicKey.fromHex(Curve.SECP256K1, g.toHex()));
  }

  @Test
  void pointOffTheCurve_isRejected() {
    assertThrows(
        InvalidInputException.class, () -> PublicKey.of(Curve.SECP256K1, GX, GY.add(BigInteger.ONE)));
  }

  @Test
  void coordinatesOutsideTheField_areRejected() {
    BigInteger p = Curve.SECP256K1.fieldPrime();
    assertThrows(InvalidInputException.class, () -> PublicKey.of(Curve.SECP256K1, GX.add(p), GY));
    assertThrows(InvalidInputException.class, () -> PublicKey.of(Curve.SECP256K1, GX, GY.negate()));
  }

  @Test
  void malformedEncodings_areRejected() {
    byte[] good = PublicKey.of(Curve.SECP256K1, GX, GY).uncompressed();
    byte[] wrongPrefix = good.clone();
    wrongPrefix[0] = 0x02;
    assertThrows(InvalidInputException.class, () -> PublicKey.fromUncompressed(Curve.SECP256K1, wrongPrefix));
    assertThrows(
        InvalidInputException.class,
        () -> PublicKey.fromUncompressed(Curve.SECP256K1, new byte[64]));
    assertThrows(InvalidInputException.class, () -> PublicKey.fromHex(Curve.SECP256K1, "0x04zz"));
  }

  @Test
  void encodingIsACopy() {
    PublicKey g = PublicKey.of(Curve.SECP256K1, GX, GY);
    byte[] first = g.uncompressed();
    first[5] ^= 1;
    assertArrayEquals(PublicKey.of(Curve.SECP256K1, GX, GY).uncompressed(), g.uncompressed());
  }
}
