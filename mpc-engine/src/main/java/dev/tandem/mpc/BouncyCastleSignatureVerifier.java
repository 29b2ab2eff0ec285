package dev.tandem.mpc;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.port.SignatureVerifierPort;
import java.math.BigInteger;
import java.util.Objects;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * {@link SignatureVerifierPort} on Bouncy Castle's own ECDSA code: {@link ECDSASigner} to verify,
 * and Bouncy Castle's point arithmetic to recover a public key (SEC 1 v2 §4.1.6). It uses none of
 * the engine's protocol or curve code, so a signature it accepts was checked independently of the
 * path that made it. Stateless and thread-safe.
 */
public final class BouncyCastleSignatureVerifier implements SignatureVerifierPort {
  private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
  private static final ECCurve CURVE = SECP256K1.getCurve();
  private static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE, SECP256K1.getG(), SECP256K1.getN(), SECP256K1.getH());
  private static final BigInteger ORDER = SECP256K1.getN();
  private static final BigInteger HALF_ORDER = ORDER.shiftRight(1);
  private static final BigInteger FIELD_PRIME = CURVE.getField().getCharacteristic();
  private static final int COORDINATE_BYTES = 32;
  private static final byte COMPRESSED_EVEN_Y = 0x02;
  private static final byte COMPRESSED_ODD_Y = 0x03;

  public BouncyCastleSignatureVerifier() {}

  @Override
  public boolean verifies(PublicKey publicKey, MessageHash hash, Signature signature) {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(signature, "signature");
    if (publicKey.curve() != Curve.SECP256K1 || signature.curve() != Curve.SECP256K1) {
      return false;
    }
    if (!isLowS(signature)) {
      return false;
    }
    ECPoint point = CURVE.validatePoint(publicKey.x(), publicKey.y());
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, new ECPublicKeyParameters(point, DOMAIN));
    return verifier.verifySignature(hash.bytes(), signature.r(), signature.s());
  }

  /**
   * SEC 1 v2 §4.1.6: R is the point whose x coordinate is r (+ n when bit 1 of the recovery id is
   * set) and whose y has the parity of bit 0; then Q = r⁻¹·(s·R − e·G). The cofactor of secp256k1
   * is 1, so every point on the curve is in the group and the check n·R = O of step 1.4 always
   * holds. A 32-byte hash is exactly the bit length of n, so e is the hash, untruncated.
   */
  @Override
  public PublicKey recover(MessageHash hash, Signature signature) {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(signature, "signature");
    if (signature.curve() != Curve.SECP256K1) {
      throw new InvalidInputException("only secp256k1 signatures can be recovered");
    }
    if (!isLowS(signature)) {
      throw new InvalidInputException("signature s is not in low-s form");
    }
    BigInteger r = signature.r();
    int recoveryId = signature.recoveryId();
    BigInteger x = (recoveryId & 2) == 0 ? r : r.add(ORDER);
    if (x.compareTo(FIELD_PRIME) >= 0) {
      throw new InvalidInputException(
          "no public key recovers: recovery id " + recoveryId + " names an x beyond the field");
    }
    ECPoint nonce = decompress(x, (recoveryId & 1) == 1);
    BigInteger e = new BigInteger(1, hash.bytes());
    BigInteger rInverse = r.modInverse(ORDER);
    ECPoint q =
        ECAlgorithms.sumOfTwoMultiplies(
                nonce,
                rInverse.multiply(signature.s()).mod(ORDER),
                SECP256K1.getG(),
                rInverse.negate().multiply(e).mod(ORDER))
            .normalize();
    if (q.isInfinity()) {
      throw new InvalidInputException("no public key recovers: the result is the point at infinity");
    }
    return PublicKey.of(
        Curve.SECP256K1, q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
  }

  @Override
  public String toString() {
    return "BouncyCastleSignatureVerifier[secp256k1]";
  }

  private static boolean isLowS(Signature signature) {
    return signature.s().signum() > 0 && signature.s().compareTo(HALF_ORDER) <= 0;
  }

  /** The point with x coordinate {@code x} and y of the given parity (point decompression). */
  private static ECPoint decompress(BigInteger x, boolean oddY) {
    byte[] encoded = new byte[1 + COORDINATE_BYTES];
    encoded[0] = oddY ? COMPRESSED_ODD_Y : COMPRESSED_EVEN_Y;
    BigIntegers.asUnsignedByteArray(x, encoded, 1, COORDINATE_BYTES);
    try {
      return CURVE.decodePoint(encoded);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("no public key recovers: r is not the x of a curve point", e);
    }
  }
}
