package dev.tandem.domain.model;

import dev.tandem.domain.error.InvalidInputException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** A wallet's public key: a point on the curve, never the point at infinity. */
public final class PublicKey {
  private static final int COORDINATE_BYTES = 32;

  private final Curve curve;
  private final BigInteger x;
  private final BigInteger y;

  private PublicKey(Curve curve, BigInteger x, BigInteger y) {
    this.curve = Objects.requireNonNull(curve, "curve");
    if (!curve.isOnCurve(x, y)) {
      throw new InvalidInputException("public key is not a point on " + curve);
    }
    this.x = x;
    this.y = y;
  }

  /** From affine coordinates; rejects points off the curve. */
  public static PublicKey of(Curve curve, BigInteger x, BigInteger y) {
    return new PublicKey(curve, Objects.requireNonNull(x, "x"), Objects.requireNonNull(y, "y"));
  }

  /** From the 65-byte SEC1 uncompressed encoding {@code 04 ‖ X ‖ Y}. */
  public static PublicKey fromUncompressed(Curve curve, byte[] encoded) {
    if (encoded == null || encoded.length != 1 + 2 * COORDINATE_BYTES || encoded[0] != 0x04) {
      throw new InvalidInputException("public key must be 65 bytes starting with 0x04");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(encoded, 1, 1 + COORDINATE_BYTES));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(encoded, 1 + COORDINATE_BYTES, encoded.length));
    return new PublicKey(curve, x, y);
  }

  /** From {@code 0x04…} hex, as wallets print it. */
  public static PublicKey fromHex(Curve curve, String hex) {
    try {
      return fromUncompressed(curve, Bytes.fromHex(hex));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("public key is not hex", e);
    }
  }

  public Curve curve() {
    return curve;
  }

  public BigInteger x() {
    return x;
  }

  public BigInteger y() {
    return y;
  }

  /** The 65-byte SEC1 uncompressed encoding. */
  public byte[] uncompressed() {
    byte[] out = new byte[1 + 2 * COORDINATE_BYTES];
    out[0] = 0x04;
    System.arraycopy(Bytes.unsignedFixed(x, COORDINATE_BYTES), 0, out, 1, COORDINATE_BYTES);
    System.arraycopy(
        Bytes.unsignedFixed(y, COORDINATE_BYTES), 0, out, 1 + COORDINATE_BYTES, COORDINATE_BYTES);
    return out;
  }

  /** The 33-byte SEC1 compressed encoding. */
  public byte[] compressed() {
    byte[] out = new byte[1 + COORDINATE_BYTES];
    out[0] = (byte) (y.testBit(0) ? 0x03 : 0x02);
    System.arraycopy(Bytes.unsignedFixed(x, COORDINATE_BYTES), 0, out, 1, COORDINATE_BYTES);
    return out;
  }

  /** The Ethereum address of this key (secp256k1 only). */
  public EthereumAddress ethereumAddress() {
    if (curve != Curve.SECP256K1) {
      throw new InvalidInputException("Ethereum addresses exist only for secp256k1 keys");
    }
    return EthereumAddress.fromPublicKey(uncompressed());
  }

  public String toHex() {
    return Bytes.toHex0x(uncompressed());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKey other
        && curve == other.curve
        && x.equals(other.x)
        && y.equals(other.y);
  }

  @Override
  public int hashCode() {
    return Objects.hash(curve, x, y);
  }

  @Override
  public String toString() {
    return "PublicKey[" + curve + " " + toHex() + "]";
  }
}
