package dev.tandem.domain.model;

import java.math.BigInteger;

/** The elliptic curves Tandem signs on. Ed25519 (for Solana) comes later, on the same channel. */
public enum Curve {
  /** secp256k1 (SEC 2), the curve of Bitcoin and Ethereum: y² = x³ + 7 over F_p. */
  SECP256K1(
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F", 16),
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16),
      BigInteger.valueOf(7));

  private final BigInteger fieldPrime;
  private final BigInteger order;
  private final BigInteger b;

  Curve(BigInteger fieldPrime, BigInteger order, BigInteger b) {
    this.fieldPrime = fieldPrime;
    this.order = order;
    this.b = b;
  }

  /** The prime p of the base field. */
  public BigInteger fieldPrime() {
    return fieldPrime;
  }

  /** The order n of the generator (the group of secp256k1 has cofactor 1). */
  public BigInteger order() {
    return order;
  }

  /** Whether (x, y) satisfies the short Weierstrass equation y² = x³ + b with a = 0. */
  boolean isOnCurve(BigInteger x, BigInteger y) {
    if (x.signum() < 0 || y.signum() < 0 || x.compareTo(fieldPrime) >= 0
        || y.compareTo(fieldPrime) >= 0) {
      return false;
    }
    BigInteger left = y.multiply(y).mod(fieldPrime);
    BigInteger right = x.multiply(x).multiply(x).add(b).mod(fieldPrime);
    return left.equals(right);
  }
}
