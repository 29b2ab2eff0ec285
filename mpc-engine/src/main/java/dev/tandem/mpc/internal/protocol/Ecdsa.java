package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.math.BigInteger;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Plain ECDSA verification on secp256k1 over public values, with the recovery id check of
 * PROTOCOL.md §4 step 4: both parties run it on the final signature before accepting it.
 */
final class Ecdsa {

  private Ecdsa() {}

  /** The digest as the integer ECDSA signs: the 32 bytes big-endian, reduced mod q. */
  static BigInteger digestScalar(byte[] digest) {
    return new BigInteger(1, digest).mod(Secp256k1.order());
  }

  /** The recovery id of nonce point R before any low-s flip: parity of R.y, +2 if R.x ≥ q. */
  static int recoveryId(ECPoint nonce) {
    ECPoint r = nonce.normalize();
    BigInteger x = r.getAffineXCoord().toBigInteger();
    int parity = r.getAffineYCoord().toBigInteger().testBit(0) ? 1 : 0;
    return parity | (x.compareTo(Secp256k1.order()) >= 0 ? 2 : 0);
  }

  /**
   * Whether (r, s) is a valid ECDSA signature of {@code m} under {@code publicKey} and {@code
   * recoveryId} names the point {@code s⁻¹·(m·G + r·Q)}, so that public-key recovery yields Q.
   */
  static boolean verifies(
      ECPoint publicKey, BigInteger m, BigInteger r, BigInteger s, int recoveryId) {
    BigInteger q = Secp256k1.order();
    if (r.signum() <= 0 || r.compareTo(q) >= 0 || s.signum() <= 0 || s.compareTo(q) >= 0) {
      return false;
    }
    BigInteger w = s.modInverse(q);
    BigInteger u1 = m.multiply(w).mod(q);
    BigInteger u2 = r.multiply(w).mod(q);
    ECPoint point =
        ECAlgorithms.sumOfTwoMultiplies(Secp256k1.generator(), u1, publicKey, u2).normalize();
    if (point.isInfinity()) {
      return false;
    }
    BigInteger x = point.getAffineXCoord().toBigInteger();
    if (!x.mod(q).equals(r)) {
      return false;
    }
    return recoveryId(point) == recoveryId;
  }
}
