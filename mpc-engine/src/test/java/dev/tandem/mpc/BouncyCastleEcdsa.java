package dev.tandem.mpc;

import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Independent checks of the engine's signatures with Bouncy Castle: {@link ECDSASigner}
 * verification, and public-key recovery from (r, s, recovery id) written here with Bouncy Castle's
 * point arithmetic (SEC 1 v2, §4.1.6), sharing no code with the engine.
 */
final class BouncyCastleEcdsa {

  static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
  static final ECDomainParameters DOMAIN =
      new ECDomainParameters(
          SECP256K1.getCurve(), SECP256K1.getG(), SECP256K1.getN(), SECP256K1.getH());

  private BouncyCastleEcdsa() {}

  static ECPoint point(PublicKey key) {
    return SECP256K1.getCurve().createPoint(key.x(), key.y());
  }

  /** ECDSASigner.verifySignature over the 32-byte digest. */
  static boolean verifies(PublicKey key, byte[] digest, Signature signature) {
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, new ECPublicKeyParameters(point(key), DOMAIN));
    return verifier.verifySignature(digest, signature.r(), signature.s());
  }

  /** The public key recovered from (r, s, recovery id) and the digest, or null if none. */
  static ECPoint recover(byte[] digest, Signature signature) {
    BigInteger n = SECP256K1.getN();
    ECCurve curve = SECP256K1.getCurve();
    BigInteger r = signature.r();
    BigInteger s = signature.s();
    int recoveryId = signature.recoveryId();
    BigInteger x = (recoveryId & 2) != 0 ? r.add(n) : r;
    BigInteger p = curve.getField().getCharacteristic();
    if (x.compareTo(p) >= 0) {
      return null;
    }
    byte[] encoded = new byte[33];
    encoded[0] = (byte) ((recoveryId & 1) == 0 ? 0x02 : 0x03);
    byte[] xBytes = x.toByteArray();
    int copy = Math.min(xBytes.length, 32);
    System.arraycopy(xBytes, xBytes.length - copy, encoded, 33 - copy, copy);
    ECPoint bigR = curve.decodePoint(encoded);
    if (!bigR.multiply(n).isInfinity()) {
      return null;
    }
    BigInteger e = new BigInteger(1, digest);
    BigInteger rInverse = r.modInverse(n);
    // Q = r⁻¹·(s·R − e·G)
    ECPoint q =
        ECAlgorithms.sumOfTwoMultiplies(
            bigR, rInverse.multiply(s).mod(n), SECP256K1.getG(), rInverse.negate().multiply(e).mod(n));
    return q.normalize();
  }
}
