package dev.tandem.mpc.internal.curve;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECConstantTimeMultiplier;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The secp256k1 group (Bouncy Castle's custom field arithmetic), with the validation rules of
 * PROTOCOL.md §1: points are 33-byte SEC1 compressed, decoded with full validation (on the curve,
 * not infinity, canonical encoding); scalars are 32 bytes and below the group order q.
 *
 * <p>Multiplications by secret scalars use the fixed-point comb for {@code k·G} and Bouncy
 * Castle's constant-time multiplier for other points; {@link #multiplyPublic} is for public scalars
 * only (verification). All points returned are normalised.
 */
public final class Secp256k1 {

  /** Length of a compressed point. */
  public static final int POINT_LENGTH = 33;

  /** Length of an encoded scalar. */
  public static final int SCALAR_LENGTH = 32;

  private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256k1");
  private static final ECCurve CURVE = PARAMETERS.getCurve();
  private static final ECPoint GENERATOR = PARAMETERS.getG().normalize();
  private static final BigInteger ORDER = PARAMETERS.getN();
  private static final BigInteger FIELD_PRIME = CURVE.getField().getCharacteristic();
  private static final FixedPointCombMultiplier BASE_MULTIPLIER = new FixedPointCombMultiplier();
  private static final ECMultiplier CONSTANT_TIME_MULTIPLIER = new ECConstantTimeMultiplier();

  private Secp256k1() {}

  /** The curve. */
  public static ECCurve curve() {
    return CURVE;
  }

  /** The generator G. */
  public static ECPoint generator() {
    return GENERATOR;
  }

  /** The group order q. */
  public static BigInteger order() {
    return ORDER;
  }

  /** {@code k·G} with the fixed-point comb multiplier; {@code k} is reduced mod q first. */
  public static ECPoint multiplyBase(BigInteger k) {
    return BASE_MULTIPLIER.multiply(GENERATOR, reduce(k)).normalize();
  }

  /**
   * {@code k·P} for a secret scalar {@code k} (reduced mod q), with the constant-time multiplier.
   */
  public static ECPoint multiply(ECPoint point, BigInteger k) {
    return CONSTANT_TIME_MULTIPLIER.multiply(requireOnCurve(point), reduce(k)).normalize();
  }

  /** {@code k·P} for a public scalar (verification only); {@code k} is reduced mod q first. */
  public static ECPoint multiplyPublic(ECPoint point, BigInteger k) {
    return requireOnCurve(point).multiply(reduce(k)).normalize();
  }

  /** {@code P + R}, normalised (may be infinity). */
  public static ECPoint add(ECPoint p, ECPoint r) {
    return requireOnCurve(p).add(requireOnCurve(r)).normalize();
  }

  /** {@code k mod q}, always in {@code [0, q)}. */
  public static BigInteger reduce(BigInteger k) {
    return Objects.requireNonNull(k, "scalar").mod(ORDER);
  }

  /**
   * A uniformly random scalar in {@code [1, q - 1]}, by rejection sampling of 256-bit strings from
   * {@code random}.
   */
  public static BigInteger randomScalar(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    while (true) {
      BigInteger candidate = new BigInteger(ORDER.bitLength(), random);
      if (candidate.signum() > 0 && candidate.compareTo(ORDER) < 0) {
        return candidate;
      }
    }
  }

  /** The 33-byte SEC1 compressed encoding; the point at infinity has no encoding. */
  public static byte[] encodePoint(ECPoint point) {
    ECPoint valid = requireOnCurve(point);
    if (valid.isInfinity()) {
      throw new IllegalArgumentException("the point at infinity has no encoding");
    }
    return valid.getEncoded(true);
  }

  /**
   * Decodes a 33-byte compressed point: prefix 02 or 03, x below the field prime, on the curve,
   * not the point at infinity.
   */
  public static ECPoint decodePoint(byte[] encoded) throws GeneralSecurityException {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.length != POINT_LENGTH) {
      throw new GeneralSecurityException(
          "point must be " + POINT_LENGTH + " bytes, got " + encoded.length);
    }
    if (encoded[0] != 0x02 && encoded[0] != 0x03) {
      throw new GeneralSecurityException("point is not SEC1 compressed");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(encoded, 1, POINT_LENGTH));
    if (x.compareTo(FIELD_PRIME) >= 0) {
      throw new GeneralSecurityException("point x coordinate is not below the field prime");
    }
    ECPoint point;
    try {
      point = CURVE.decodePoint(encoded).normalize();
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("point is not on the curve", e);
    }
    if (point.isInfinity()) {
      throw new GeneralSecurityException("point is the point at infinity");
    }
    if (!point.isValid()) {
      throw new GeneralSecurityException("point is not on the curve");
    }
    if (!Arrays.equals(point.getEncoded(true), encoded)) {
      throw new GeneralSecurityException("point encoding is not canonical");
    }
    return point;
  }

  /**
   * Checks a point obtained in-process (not decoded): on this curve, valid, not infinity.
   *
   * @return the normalised point
   */
  public static ECPoint validatePoint(ECPoint point) throws GeneralSecurityException {
    if (point == null) {
      throw new GeneralSecurityException("point is missing");
    }
    if (!point.getCurve().equals(CURVE)) {
      throw new GeneralSecurityException("point is not on secp256k1");
    }
    if (point.isInfinity()) {
      throw new GeneralSecurityException("point is the point at infinity");
    }
    if (!point.isValid()) {
      throw new GeneralSecurityException("point is not on the curve");
    }
    return point.normalize();
  }

  /** A scalar {@code 0 <= s < q} as 32 big-endian bytes. */
  public static byte[] encodeScalar(BigInteger scalar) {
    Objects.requireNonNull(scalar, "scalar");
    if (scalar.signum() < 0 || scalar.compareTo(ORDER) >= 0) {
      throw new IllegalArgumentException("scalar is not in [0, q)");
    }
    byte[] out = new byte[SCALAR_LENGTH];
    byte[] magnitude = scalar.toByteArray();
    int copy = Math.min(magnitude.length, SCALAR_LENGTH);
    System.arraycopy(magnitude, magnitude.length - copy, out, SCALAR_LENGTH - copy, copy);
    Arrays.fill(magnitude, (byte) 0);
    return out;
  }

  /** Decodes exactly 32 big-endian bytes into a scalar that must be below q. */
  public static BigInteger decodeScalar(byte[] encoded) throws GeneralSecurityException {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.length != SCALAR_LENGTH) {
      throw new GeneralSecurityException(
          "scalar must be " + SCALAR_LENGTH + " bytes, got " + encoded.length);
    }
    BigInteger value = new BigInteger(1, encoded);
    if (value.compareTo(ORDER) >= 0) {
      throw new GeneralSecurityException("scalar is not below the group order");
    }
    return value;
  }

  private static ECPoint requireOnCurve(ECPoint point) {
    Objects.requireNonNull(point, "point");
    if (!point.getCurve().equals(CURVE)) {
      throw new IllegalArgumentException("point is not on secp256k1");
    }
    return point;
  }
}
