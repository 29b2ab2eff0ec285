package dev.tandem.mpc.internal.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class Secp256k1Test {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void multipliersAgreeWithTheReferenceMultiplication() {
    for (int i = 0; i < 20; i++) {
      BigInteger k = Secp256k1.randomScalar(RANDOM);
      BigInteger j = Secp256k1.randomScalar(RANDOM);
      ECPoint reference = Secp256k1.generator().multiply(k).normalize();
      assertEquals(reference, Secp256k1.multiplyBase(k));
      ECPoint p = Secp256k1.multiplyBase(j);
      ECPoint expected = Secp256k1.multiplyBase(k.multiply(j));
      assertEquals(expected, Secp256k1.multiply(p, k));
      assertEquals(expected, Secp256k1.multiplyPublic(p, k));
    }
  }

  @Test
  void knownPublicKeyOfScalarOne() throws Exception {
    byte[] encoded = Secp256k1.encodePoint(Secp256k1.multiplyBase(BigInteger.ONE));
    assertEquals(
        "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
        org.bouncycastle.util.encoders.Hex.toHexString(encoded));
    assertEquals(Secp256k1.generator(), Secp256k1.decodePoint(encoded));
  }

  @Test
  void randomScalarsAreInRange() {
    for (int i = 0; i < 1000; i++) {
      BigInteger k = Secp256k1.randomScalar(RANDOM);
      assertTrue(k.signum() > 0 && k.compareTo(Secp256k1.order()) < 0);
    }
  }

  @Test
  void decodeRejectsWrongLengthAndInfinity() {
    assertThrows(GeneralSecurityException.class, () -> Secp256k1.decodePoint(new byte[65]));
    assertThrows(GeneralSecurityException.class, () -> Secp256k1.decodePoint(new byte[] {0}));
    assertThrows(
        GeneralSecurityException.class,
        () -> Secp256k1.validatePoint(Secp256k1.curve().getInfinity()));
  }

  @Test
  void scalarCodecIsStrict() throws Exception {
    BigInteger k = Secp256k1.randomScalar(RANDOM);
    assertEquals(k, Secp256k1.decodeScalar(Secp256k1.encodeScalar(k)));
    assertEquals(32, Secp256k1.encodeScalar(BigInteger.ONE).length);
    assertThrows(GeneralSecurityException.class, () -> Secp256k1.decodeScalar(new byte[33]));
    byte[] order = Secp256k1.order().toByteArray();
    assertThrows(GeneralSecurityException.class, () -> Secp256k1.decodeScalar(
        java.util.Arrays.copyOfRange(order, order.length - 32, order.length)));
  }
}
