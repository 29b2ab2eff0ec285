package dev.tandem.domain.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.InvalidInputException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SignatureTest {
  private static final BigInteger N = Curve.SECP256K1.order();

  @Test
  void ethereumForm_isRThenSThenV() {
    Signature sig = new Signature(Curve.SECP256K1, BigInteger.valueOf(0x1234), BigInteger.TWO, 1);
    byte[] bytes = sig.toEthereumBytes();
    assertEquals(65, bytes.length);
    assertEquals(0x12, bytes[30]);
    assertEquals(0x34, bytes[31]);
    assertEquals(2, bytes[63]);
    assertEquals(28, bytes[64]);
    assertTrue(sig.toEthereumHex().matches("0x[0-9a-f]{130}"));
    assertEquals(sig, Signature.fromEthereumBytes(bytes));
    assertEquals(sig, Signature.fromEthereumHex(sig.toEthereumHex()));
  }

  @Test
  void vOfZeroOrOne_isAcceptedToo() {
    byte[] bytes = new Signature(Curve.SECP256K1, BigInteger.ONE, BigInteger.ONE, 0).toEthereumBytes();
    bytes[64] = 0;
    assertEquals(0, Signature.fromEthereumBytes(bytes).recoveryId());
  }

  @Test
  void highS_isRejected() {
    BigInteger highS = N.shiftRight(1).add(BigInteger.ONE);
    assertThrows(InvalidInputException.class, () -> new Signature(Curve.SECP256K1, BigInteger.ONE, highS, 0));
    BigInteger lowS = N.shiftRight(1);
    assertEquals(lowS, new Signature(Curve.SECP256K1, BigInteger.ONE, lowS, 0).s());
  }

  @Test
  void outOfRangeValues_areRejected() {
    assertThrows(InvalidInputException.class, () -> new Signature(Curve.SECP256K1, BigInteger.ZERO, BigInteger.ONE, 0));
    assertThrows(InvalidInputException.class, () -> new Signature(Curve.SECP256K1, N, BigInteger.ONE, 0));
    assertThrows(InvalidInputException.class, () -> new Signature(Curve.SECP256K1, BigInteger.ONE, BigInteger.ZERO, 0));
    assertThrows(InvalidInputException.class, () -> new Signature(Curve.SECP256K1, BigInteger.ONE, BigInteger.ONE, 4));
    byte[] badV = new Signature(Curve.SECP256K1, BigInteger.ONE, BigInteger.ONE, 0).toEthereumBytes();
    badV[64] = 29;
    assertThrows(InvalidInputException.class, () -> Signature.fromEthereumBytes(badV));
    assertThrows(InvalidInputException.class, () -> Signature.fromEthereumBytes(new byte[64]));
  }

  @Test
  void recoveryIdAboveOne_hasNoEthereumForm() {
    Signature sig = new Signature(Curve.SECP256K1, BigInteger.ONE, BigInteger.ONE, 2);
    assertThrows(InvalidInputException.class, sig::toEthereumBytes);
  }

  @Test
  void messageHash_isExactly32Bytes_andCopied() {
    byte[] raw = new byte[32];
    MessageHash hash = MessageHash.of(raw);
    raw[0] = 1;
    assertArrayEquals(new byte[32], hash.bytes());
    assertThrows(InvalidInputException.class, () -> MessageHash.of(new byte[31]));
    assertEquals(hash, MessageHash.fromHex(hash.toHex()));
  }
}
